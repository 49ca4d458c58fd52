using BplBot.Text;
using BplBot.Domain.Text;

namespace BplBot.CheckIn;

/// <summary>What the check-in says around its questions.</summary>
public static class CheckInTexts
{
    public static string NotAMember(Language l, bool demo) => l.Pick(
        "Du är inte med i något förbättringsteam i nätverket, så du kan inte rapportera än. Be en samordnare lägga till dig"
            + (demo ? ", eller prova med **demo medlem <team>**." : "."),
        "You are not in any improvement team in the network, so you can't report yet. Ask a coordinator to add you"
            + (demo ? ", or try **demo member <team>**." : "."));

    public static string Intro(Language l, string team, string period, DateOnly? replaces, bool wantedEditLast, bool form)
    {
        var text = form
            ? l.Pick($"Här är rapporten för **{team}** – {period} – på ett kort. Fyll i och tryck **Granska**.",
                $"Here is the report for **{team}** – {period} – on a card. Fill it in and press **Review**.")
            : l.Pick(
                $"Då rapporterar vi för **{team}** – {period}. Det tar några minuter. Skriv **avbryt** när du vill, **hjälp** om något är oklart, eller **formulär** för att fylla i allt på ett kort.",
                $"Let's report for **{team}** – {period}. It takes a few minutes. Write **cancel** at any time, **help** if something is unclear, or **form** to fill in everything on a card.");
        if (wantedEditLast)
            text += " " + l.Pick("Teamet har ingen rapport för den här perioden än, så vi börjar en ny.",
                "The team has no report for this period yet, so we start a new one.");
        else if (replaces is { } date)
            text += " " + l.Pick(
                $"Teamet har redan rapporterat den {Formats.Date(date, l)}; en ny rapport ersätter den (skriv **avbryt** och sedan **ändra senaste** för att utgå från den).",
                $"The team already reported on {Formats.Date(date, l)}; a new report replaces it (write **cancel** and then **edit last** to start from it).");
        return text;
    }

    public static string EditingLast(Language l, string team) => l.Pick(
        $"Här är **{team}**s senaste rapport för perioden. Skriv **ändra** för att ändra en del, och **spara** när du är klar.",
        $"Here is **{team}**'s latest report for the period. Write **edit** to change a part, and **save** when you are done.");

    public static string AlreadyGoing(Language l) => l.Pick(
        "Du har redan en rapport på gång – vi fortsätter där du var (eller skriv **avbryt**).",
        "You already have a report in progress – let's continue where you were (or write **cancel**).");

    public static string Cancelled(Language l) => l.Pick("Rapporten avbröts. Inget sparades.", "The report was cancelled. Nothing was saved.");

    public static string Saved(Language l, string team, string period, bool replaced) => l.Pick(
        $"Tack! Rapporten för **{team}** är sparad för {period}." + (replaced ? " Den ersätter teamets tidigare rapport för perioden." : ""),
        $"Thank you! The report for **{team}** is saved for {period}." + (replaced ? " It replaces the team's earlier report for the period." : ""));

    /// <summary>Honest about the outbox: the coaches will get a message (it is queued, not yet delivered), or already got one today.</summary>
    public static string SupportSent(Language l, SupportNotice notice) => notice switch
    {
        { Coaches.Count: 0 } => l.Pick("Ert önskemål om stöd är sparat, men jag kunde inte nå någon coach för teamet just nu. Samordnarna ser det i översikten.",
            "Your request for help is saved, but I could not reach a coach for the team right now. The coordinators see it in the overview."),
        { AlreadyToldToday: true } => l.Pick(
            $"Ert önskemål om stöd är sparat. {Names(notice.Coaches, " och ")} har redan fått ett meddelande om stöd från teamet i dag och ser det nya önskemålet i teamets status.",
            $"Your request for help is saved. {Names(notice.Coaches, " and ")} already got a message about help from the team today and will see the new request in the team's status."),
        _ => l.Pick($"Ert önskemål om stöd är sparat. {Names(notice.Coaches, " och ")} får ett meddelande från mig om det.",
            $"Your request for help is saved. {Names(notice.Coaches, " and ")} will get a message from me about it."),
    };

    private static string Names(IReadOnlyList<string> names, string and) =>
        names.Count == 1 ? names[0] : string.Join(", ", names.Take(names.Count - 1)) + and + names[^1];

    public static string Expired(Language l, TimeSpan after) => l.Pick(
        $"Din påbörjade rapport avbröts eftersom den legat orörd i mer än {Hours(after)} timmar. Inget sparades. Skriv **rapportera** för att börja om.",
        $"Your unfinished report was cancelled because it was left alone for more than {Hours(after)} hours. Nothing was saved. Write **report** to start again.");

    public static string Finished(Language l) => l.Pick(
        "Den rapporten är redan avslutad. Skriv **rapportera** för att börja en ny.", "That report is already finished. Write **report** to start a new one.");

    public static string StaleForm(Language l) => l.Pick(
        "Det här kortet hör till en tidigare rapport, så jag använder det inte. Fyll i det senaste kortet, eller skriv **avbryt** och sedan **rapportera** för att börja om.",
        "This card belongs to an earlier report, so I don't use it. Fill in the latest card, or write **cancel** and then **report** to start again.");

    public static string NoLongerMember(Language l, string team) => l.Pick(
        $"Du är inte längre med i {team}, så rapporten sparades inte. Fråga en samordnare om det är fel.",
        $"You are no longer a member of {team}, so the report was not saved. Ask a coordinator if that is wrong.");

    public static string ChooseTeamFirst(Language l) => l.Pick("Välj team först.", "Choose the team first.");

    public static string PickANumber(Language l, int count) => l.Pick($"Svara med ett nummer från 1 till {count}.", $"Answer with a number from 1 to {count}.");

    private static string Hours(TimeSpan t) => ((int)Math.Round(t.TotalHours)).ToString(System.Globalization.CultureInfo.InvariantCulture);
}
