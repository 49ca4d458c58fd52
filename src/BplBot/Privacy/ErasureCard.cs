using BplBot.Cards;
using BplBot.Domain.Network;
using BplBot.Domain.Text;
using BplBot.Text;

namespace BplBot.Privacy;

/// <summary>
/// The confirmation before an erasure, in plain words: what goes, what stays with the team, and (when the network file
/// lists the person) that the next import brings them back unless a coordinator takes them out of the file.
/// </summary>
public static class ErasureCard
{
    /// <summary>The words that confirm or cancel, after the command (<c>radera mina data bekräfta</c>).</summary>
    public static readonly string[] ConfirmWords = ["bekräfta", "bekrafta", "confirm", "ja", "yes"];
    public static readonly string[] CancelWords = ["avbryt", "cancel", "nej", "no"];

    public static string WhatGoes(Language l, bool self) => self
        ? l.Pick("ditt namn, din e-postadress, ditt id i Microsoft 365, ditt Teams-konto och kopplingarna till det, dina chattar med mig, påbörjade rapporter, " +
              "meddelanden som väntar på att skickas till dig, dina inställningar (språk, pausade påminnelser) och dina roller i nätverket",
            "your name, your e-mail address, your Microsoft 365 id, your Teams account and what links to it, your chats with me, unfinished reports, " +
              "messages waiting to be sent to you, your settings (language, paused reminders) and your roles in the network")
        : l.Pick("namn, e-postadress, id i Microsoft 365, Teams-konto och kopplingarna till det, chattar med mig, påbörjade rapporter, " +
              "meddelanden som väntar på att skickas, inställningar och roller i nätverket",
            "name, e-mail address, Microsoft 365 id, Teams account and what links to it, chats with me, unfinished reports, " +
              "messages waiting to be sent, settings and roles in the network");

    public static string WhatStays(Language l, bool self) => self
        ? l.Pick("Det du har rapporterat för ditt team (skattningar, mått, PGSA och önskemål om stöd) och coachskattningar du har gjort finns kvar, " +
              "för det hör till teamets och nätverkets dokumentation. Där står det **tidigare medlem** i stället för ditt namn.",
            "What you reported for your team (ratings, measures, PDSA and requests for help) and coach ratings you made stay, " +
              "as they are part of the team's and the network's records. They will read **former member** instead of your name.")
        : l.Pick("Det hen har rapporterat för sitt team och coachskattningar hen har gjort finns kvar, med **tidigare medlem** i stället för namnet.",
            "What they reported for their team and coach ratings they made stay, reading **former member** instead of their name.");

    public static string InFileNote(Language l, bool self, IReadOnlyList<Person> coordinators)
    {
        var who = coordinators.Count == 0 ? l.Pick("nätverkets samordnare", "the network's coordinators")
            : Lists.Join(coordinators.Select(c => MarkdownText.Escape(c.Name)).ToList(), l);
        return self
            ? l.Pick($"Du finns med i nätverksfilen. Nästa gång den läses in kommer du tillbaka med namn, e-post och roller. Be en samordnare ta bort dig ur filen: {who}.",
                $"You are listed in the network file. The next time it is imported you will be back with your name, e-mail and roles. Ask a coordinator to take you out of the file: {who}.")
            : l.Pick("Personen finns med i nätverksfilen: ta bort hen ur filen också, annars kommer hen tillbaka vid nästa import.",
                "The person is listed in the network file: take them out of the file too, or the next import brings them back.");
    }

    /// <param name="who">Null for the asker's own data; else how the coordinator named the person.</param>
    public static AdaptiveCard Confirm(Language l, string? who, string? fileNote, string confirm, string cancel)
    {
        var self = who is null;
        var title = self ? l.Pick("Radera dina uppgifter?", "Delete your data?") : l.Pick($"Radera uppgifterna om {who}?", $"Delete the data about {who}?");
        var body = new List<CardElement>
        {
            TextBlock.Heading(title),
            new TextBlock(l.Pick("**Det här raderas:** ", "**This is deleted:** ") + WhatGoes(l, self) + "."),
            // The sentence that follows says "finns kvar" itself; the heading says what it is not.
            new TextBlock(l.Pick("**Det här raderas inte:** ", "**This is not deleted:** ") + WhatStays(l, self)),
        };
        if (fileNote is not null) body.Add(TextBlock.Attention(fileNote));
        body.Add(TextBlock.Subtle(self
            ? l.Pick("Det går inte att ångra. Skriver du till mig efteråt är du ny för mig.", "It cannot be undone. If you write to me afterwards, you are new to me.")
            : l.Pick("Det går inte att ångra. Raderingen loggas.", "It cannot be undone. The deletion is logged.")));
        return new AdaptiveCard(body,
        [
            new SubmitAction(self ? l.Pick("Radera mina uppgifter", "Delete my data") : l.Pick("Radera", "Delete"), CardSubmission.CommandData(confirm, l))
                { Style = "destructive" },
            new SubmitAction(l.Pick("Avbryt", "Cancel"), CardSubmission.CommandData(cancel, l)),
        ])
        {
            FallbackText = title,
        };
    }

    /// <summary>What the card becomes once pressed: read-only, with the outcome as its heading (no full stop) and, where it helps, a line more.</summary>
    public static AdaptiveCard Done(Language l, string outcome, string? detail = null) =>
        new(detail is null ? [TextBlock.Heading(outcome)] : [TextBlock.Heading(outcome), new TextBlock(detail)])
        {
            FallbackText = detail is null ? outcome : $"{outcome}. {detail}",
        };
}
