using BplBot.Conversations.Commands;
using BplBot.Domain.Audit;
using BplBot.Domain.Commands;
using BplBot.Domain.Text;
using BplBot.Retention;
using BplBot.Roster;
using Microsoft.Extensions.Options;

namespace BplBot.Privacy;

/// <summary>
/// <c>radera mina data</c> / <c>delete my data</c>: a card saying what goes and what stays; its button
/// (<c>radera mina data bekräfta</c>) erases the asker's data, <c>… avbryt</c> leaves everything as it is.
/// </summary>
public sealed class EraseMyDataCommand(PersonErasure erasure, NetworkFileRoster roster, NetworkDirectory directory, IOptions<RetentionOptions> retention)
    : ICommandHandler
{
    public CommandName Name => CommandName.DeleteMyData;

    public async Task HandleAsync(CommandContext context, CancellationToken ct)
    {
        var l = context.Language;
        if (context.Person is not { } person)
        {
            var days = (int)retention.Value.UnknownAccounts.TotalDays;
            await context.ReplyAsync(l.Pick(
                $"Du finns inte med i nätverket, så jag har inga uppgifter om dig som person. Det enda jag har är ditt Teams-konto och vår chatt, så att jag kan svara dig. De raderas av sig själva {days} dagar efter ditt senaste meddelande.",
                $"You are not in the network, so I hold no data about you as a person. All I have is your Teams account and our chat, so that I can answer you. They are deleted by themselves {days} days after your last message."), ct);
            return;
        }
        var fileNote = await roster.ListsAsync(person, ct) ? ErasureCard.InFileNote(l, self: true, await directory.CoordinatorsAsync(ct)) : null;
        switch (ConfirmationWords.Read(context.Argument))
        {
            case Confirmation.Asked:
                await context.ReplyAsync(ErasureCard.Confirm(l, null, fileNote, l.Pick("radera mina data bekräfta", "delete my data confirm"),
                    l.Pick("radera mina data avbryt", "delete my data cancel")), ct);
                return;
            case Confirmation.Cancelled:
                // One answer: the card says nothing was deleted; a text line only where there is no card to change.
                if (!await context.ReplaceCardAsync(ErasureCard.Done(l, l.Pick("Inget raderades", "Nothing was deleted"),
                        l.Pick("Dina uppgifter finns kvar.", "Your data is kept.")), ct))
                    await context.ReplyAsync(l.Pick("Okej, jag raderar ingenting. Dina uppgifter finns kvar.", "OK, I delete nothing. Your data is kept."), ct);
                return;
        }
        await erasure.EraseAsync(person.Id, AuditActor.Person, person.Id, ct);
        await context.ReplaceCardAsync(ErasureCard.Done(l, l.Pick("Dina uppgifter är raderade", "Your data is deleted")), ct);
        var text = l.Pick(
            "Klart. Jag har raderat " + ErasureCard.WhatGoes(l, true) + ". Det du rapporterade för ditt team finns kvar, skrivet av **tidigare medlem**. Skriver du till mig igen är du ny för mig.",
            "Done. I have deleted " + ErasureCard.WhatGoes(l, true) + ". What you reported for your team stays, written by **former member**. If you write to me again, you are new to me.");
        await context.ReplyAsync(fileNote is null ? text : text + "\n\n" + fileNote, ct);
    }
}

public enum Confirmation
{
    Asked,
    Confirmed,
    Cancelled,
}

/// <summary>The word after an erasure command: none (show the card), a confirmation, or a cancellation.</summary>
public static class ConfirmationWords
{
    public static Confirmation Read(string? word)
    {
        var w = TextMatch.Normalize(word);
        if (ErasureCard.ConfirmWords.Any(c => TextMatch.Normalize(c) == w)) return Confirmation.Confirmed;
        return ErasureCard.CancelWords.Any(c => TextMatch.Normalize(c) == w) ? Confirmation.Cancelled : Confirmation.Asked;
    }
}
