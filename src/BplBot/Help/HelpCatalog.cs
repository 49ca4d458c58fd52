using BplBot.Domain.Commands;
using BplBot.Domain.Network;
using BplBot.Domain.Text;

namespace BplBot.Help;

/// <summary>Who is asking for help, so the list shows what this person can do here.</summary>
public sealed record HelpAudience(Person? Person, bool IsDemo, bool IsGroupConversation)
{
    public bool InNetwork => Person is not null && Person.Roles.Count > 0;
    public bool CanLink => Person is not null && (Person.IsCoordinator || Person.MemberOf.Any());
    public bool IsMember => Person is not null && Person.MemberOf.Any();
}

/// <summary>
/// One line of the help: how to write the command and what it does. Who sees it follows the command's audience (the
/// router's rule, in <see cref="CommandCatalog"/>), narrowed by <see cref="Also"/> where the help knows more.
/// </summary>
public sealed record HelpEntry(CommandName Command, string SwedishUsage, string EnglishUsage, string SwedishText, string EnglishText)
{
    public Func<HelpAudience, bool>? Also { get; init; }

    public CommandSpec Spec => CommandCatalog.Get(Command);

    public bool IsFor(HelpAudience audience) =>
        Spec.Audience.Admits(audience.Person, audience.IsDemo) && (Also?.Invoke(audience) ?? true);

    public string Line(Language language) =>
        $"- **{language.Pick(SwedishUsage, EnglishUsage)}** – {language.Pick(SwedishText, EnglishText)}";
}

/// <summary>The commands as the help presents them. A command appears here once it works.</summary>
public static class HelpCatalog
{
    public static readonly IReadOnlyList<HelpEntry> Entries =
    [
        new(CommandName.Help, "hjälp", "help", "visar vad jag kan göra för dig", "shows what I can do for you"),
        new(CommandName.Report, "rapportera", "report",
            "teamets rapport inför nästa träff: skattning, mått, PGSA och stöd (**rapportera formulär** ger ett kort)",
            "your team's report before the next meeting: rating, measures, PDSA and support (**report form** gives a card)"),
        new(CommandName.EditLast, "ändra senaste", "edit last", "ändrar teamets senaste rapport för perioden",
            "changes your team's latest report for the period"),
        new(CommandName.Status, "status <team>", "status <team>",
            "teamets skattning, mått som seriediagram, PGSA och önskemål om stöd; **status** utan team ger en översikt",
            "the team's rating, measures as run charts, PDSA and requests for help; **status** without a team gives an overview"),
        new(CommandName.NextMeeting, "nästa träff", "next meeting", "när och var nästa träff är, och om ditt team har rapporterat",
            "when and where the next meeting is, and whether your team has reported"),
        new(CommandName.CoachRating, "skatta <team> <skattning> <varför>", "rate <team> <score> <why>",
            "din egen skattning som coach (den visas separat från teamets)", "your own rating as a coach (shown separately from the team's)")
            { Also = a => a.Person?.CoachOf.Any() == true },
        new(CommandName.SupportDone, "stöd klart <team>", "support done <team>", "markerar teamets önskemål om stöd som klart",
            "marks the team's request for help as handled"),
        new(CommandName.Meetings, "träffar", "meetings", "nätverkets kommande och tidigare träffar, med nummer", "the network's upcoming and past meetings, numbered"),
        new(CommandName.NewMeeting, "ny träff <datum> <tid> <plats> tema: <tema>", "new meeting <date> <time> <place> theme: <theme>",
            "lägger in en träff och dess påminnelser (**ny träff** ger ett formulär)", "adds a meeting and its reminders (**new meeting** gives a form)"),
        new(CommandName.MoveMeeting, "flytta träff <nr> <datum> <tid> · ställ in träff <nr>", "move meeting <no> <date> <time> · cancel meeting <no>",
            "flyttar eller ställer in en träff; påminnelserna följer med", "moves or cancels a meeting; its reminders follow"),
        new(CommandName.PauseReminders, "pausa påminnelser till <datum> · återuppta påminnelser", "pause reminders until <date> · resume reminders",
            "stänger av eller sätter på dina påminnelser", "turns your reminders off or on again"),
        new(CommandName.Digest, "veckosammanfattning", "weekly digest", "veckosammanfattningen nu (den kommer annars på måndagar)",
            "the weekly digest now (it otherwise comes on Mondays)"),
        new(CommandName.Newsletter, "nyhetsbrev · nyhetsbrev träff <nr> · nyhetsbrev text", "newsletter · newsletter meeting <no> · newsletter text",
            "senaste utkastet till nyhetsbrev, med länkar till Word och webbversion (**text** ger det som meddelande)",
            "the latest newsletter draft with links to Word and the web version (**text** gives it as a message)"),
        new(CommandName.BuildNewsletter, "bygg nyhetsbrev · bygg nyhetsbrev träff <nr>", "build newsletter · build newsletter meeting <no>",
            "bygger utkastet på nytt, t.ex. efter sena rapporter (tidigare versioner sparas)",
            "builds the draft again, e.g. after late reports (earlier versions are kept)"),
        new(CommandName.SetRole, "roll coach|medlem <e-post> <team> · roll samordnare <e-post>", "role coach|member <email> <team> · role coordinator <email>",
            "ger någon en roll i nätverket", "gives someone a role in the network"),
        new(CommandName.RemoveRole, "ta bort roll coach|medlem <e-post> <team>", "remove role coach|member <email> <team>",
            "tar bort en roll", "removes a role"),
        new(CommandName.AuditLog, "logg", "log", "de senaste 20 händelserna: rollbyten, raderingar, nyhetsbrev och exporter",
            "the latest 20 events: role changes, deletions, newsletters and exports"),
        new(CommandName.DeletePerson, "radera person <e-post>", "delete person <email>",
            "raderar uppgifterna om någon som har lämnat nätverket (du får bekräfta först)",
            "deletes the data about someone who left the network (you confirm first)"),
        new(CommandName.Export, "exportera", "export", "en ZIP-fil med nätverkets uppgifter för arkivet (JSON, CSV, Word, HTML)",
            "a ZIP file of the network's records for the archive (JSON, CSV, Word, HTML)"),
        new(CommandName.Teams, "team", "teams", "listar nätverkets förbättringsteam", "lists the network's improvement teams"),
        new(CommandName.WhoAmI, "vem är jag", "whoami", "visar dina roller i nätverket", "shows your roles in the network"),
        new(CommandName.MyData, "mina data", "my data", "visar vad jag har sparat om dig, med en fil av allt",
            "shows what I keep about you, with a file of all of it"),
        new(CommandName.DeleteMyData, "radera mina data", "delete my data", "raderar dina uppgifter (du får bekräfta först)",
            "deletes your data (you confirm first)"),
        new(CommandName.Language, "språk svenska · språk engelska", "language swedish · language english",
            "väljer vilket språk jag skriver på till dig", "chooses the language I write to you in"),
        new(CommandName.Link, "koppla <team>", "link <team>",
            "kopplar den här kanalen eller gruppchatten till ett förbättringsteam (skrivs i kanalen)",
            "links this channel or group chat to an improvement team (type it in the channel)") { Also = a => a.CanLink },
        new(CommandName.Demo, "demo samordnare · demo coach <team> · demo medlem <team> · demo av",
            "demo coordinator · demo coach <team> · demo member <team> · demo off",
            "ger dig en roll i demonätverket så att du kan prova", "gives you a role in the demo network so you can try things out"),
    ];

    /// <summary>What this person may use, and in a group only what answers there (the rest works in the 1:1 chat).</summary>
    public static IEnumerable<HelpEntry> For(HelpAudience audience) =>
        Entries.Where(e => e.IsFor(audience) && !(audience.IsGroupConversation && e.Spec.PersonalOnly));
}
