using BplBot.Conversations.Commands;
using BplBot.Data;
using BplBot.Domain.Audit;
using BplBot.Domain.Commands;
using BplBot.Domain.Text;
using BplBot.Domain.Network;
using BplBot.Text;
using Microsoft.EntityFrameworkCore;

namespace BplBot.Privacy;

/// <summary>
/// <c>radera person anna@kommun.se</c>: a coordinator erases someone who left, after a confirmation card
/// (<c>radera person anna@kommun.se bekräfta</c>). Audited with the coordinator as the one who did it.
/// </summary>
public sealed class ErasePersonCommand(BplDbContext db, PersonErasure erasure, NetworkFileRoster roster) : ICommandHandler
{
    public CommandName Name => CommandName.DeletePerson;

    public async Task HandleAsync(CommandContext context, CancellationToken ct)
    {
        var l = context.Language;
        var words = context.Argument.Split(' ', 2, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var email = words.Length > 0 && words[0].Contains('@', StringComparison.Ordinal) ? words[0].Trim('<', '>').ToLowerInvariant() : null;
        if (email is null)
        {
            await context.ReplyAsync(l.Pick("Skriv vems uppgifter som ska raderas, t.ex. **radera person anna@kommun.se**.",
                "Write whose data to delete, e.g. **delete person anna@town.se**."), ct);
            return;
        }
        var shown = MarkdownText.Escape(email);
        var person = await db.People.AsNoTracking().SingleOrDefaultAsync(p => p.Email == email && p.ErasedAt == null, ct);
        if (person is null)
        {
            await context.ReplyAsync(l.Pick($"Ingen i nätverket har adressen {shown}.", $"No one in the network has the address {shown}."), ct);
            return;
        }
        var fileNote = await roster.ListsAsync(person, ct) ? ErasureCard.InFileNote(l, self: false, []) : null;
        switch (ConfirmationWords.Read(words.Length > 1 ? words[1] : null))
        {
            case Confirmation.Asked:
                var who = $"{person.Name} ({email})";
                await context.ReplyAsync(ErasureCard.Confirm(l, who, fileNote, l.Pick($"radera person {email} bekräfta", $"delete person {email} confirm"),
                    l.Pick($"radera person {email} avbryt", $"delete person {email} cancel")), ct);
                return;
            case Confirmation.Cancelled:
                if (!await context.ReplaceCardAsync(ErasureCard.Done(l, l.Pick("Inget raderades", "Nothing was deleted"),
                        l.Pick($"Uppgifterna om {shown} finns kvar.", $"The data about {shown} is kept.")), ct))
                    await context.ReplyAsync(l.Pick($"Okej, uppgifterna om {shown} finns kvar.", $"OK, the data about {shown} is kept."), ct);
                return;
        }
        await erasure.EraseAsync(person.Id, AuditActor.Person, context.Person?.Id, ct);
        await context.ReplaceCardAsync(ErasureCard.Done(l, l.Pick("Uppgifterna är raderade", "The data is deleted")), ct);
        var text = l.Pick(
            $"Klart. Uppgifterna om {shown} är raderade: " + ErasureCard.WhatGoes(l, false) + ". " + ErasureCard.WhatStays(l, false) + " Raderingen finns i **logg**.",
            $"Done. The data about {shown} is deleted: " + ErasureCard.WhatGoes(l, false) + ". " + ErasureCard.WhatStays(l, false) + " The deletion is in the **log**.");
        await context.ReplyAsync(fileNote is null ? text : text + "\n\n" + fileNote, ct);
    }
}
