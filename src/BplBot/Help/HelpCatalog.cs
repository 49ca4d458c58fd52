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

/// <summary>One line of the help: how to write the command and what it does.</summary>
public sealed record HelpEntry(
    CommandName Command, string SwedishUsage, string EnglishUsage, string SwedishText, string EnglishText, Func<HelpAudience, bool> IsFor)
{
    public string Line(Language language) =>
        $"- **{language.Pick(SwedishUsage, EnglishUsage)}** – {language.Pick(SwedishText, EnglishText)}";
}

/// <summary>The commands as the help presents them. A command appears here once it works.</summary>
public static class HelpCatalog
{
    public static readonly IReadOnlyList<HelpEntry> Entries =
    [
        new(CommandName.Help, "hjälp", "help", "visar vad jag kan göra för dig", "shows what I can do for you", _ => true),
        new(CommandName.Report, "rapportera", "report",
            "teamets rapport inför nästa träff: skattning, mått, PGSA och stöd (skriv **rapportera formulär** för ett kort)",
            "your team's report before the next meeting: rating, measures, PDSA and support (write **report form** for a card)",
            a => a.IsMember || a.IsDemo),
        new(CommandName.EditLast, "ändra senaste", "edit last", "ändrar teamets senaste rapport för perioden",
            "changes your team's latest report for the period", a => a.IsMember),
        new(CommandName.Status, "status <team>", "status <team>",
            "teamets skattning, mått som styrdiagram med signaler, PGSA och frågor om stöd; **status** ensamt ger en översikt",
            "the team's rating, measures as run charts with signals, PDSA and requests for help; **status** alone gives an overview",
            a => a.InNetwork || a.IsDemo),
        new(CommandName.NextMeeting, "nästa träff", "next meeting", "när och var nästa träff är, och om ditt team har rapporterat",
            "when and where the next meeting is, and whether your team has reported", _ => true),
        new(CommandName.CoachRating, "skatta <team> <skattning> <varför>", "rate <team> <score> <why>",
            "coachens egen skattning av ett team (skild från teamets)", "the coach's own rating of a team (kept apart from the team's)",
            a => a.Person?.CoachOf.Any() == true),
        new(CommandName.Meetings, "träffar", "meetings", "nätverkets kommande och tidigare träffar, med nummer", "the network's upcoming and past meetings, numbered", _ => true),
        new(CommandName.NewMeeting, "ny träff <datum> <tid> <plats> tema: <tema>", "new meeting <date> <time> <place> theme: <theme>",
            "lägger in en träff och dess påminnelser (**ny träff** ensamt ger ett formulär)", "adds a meeting and its reminders (**new meeting** alone gives a form)",
            a => a.Person?.IsCoordinator == true),
        new(CommandName.MoveMeeting, "flytta träff <nr> <datum> <tid> · ställ in träff <nr>", "move meeting <no> <date> <time> · cancel meeting <no>",
            "flyttar eller ställer in en träff; påminnelserna följer med", "moves or cancels a meeting; its reminders follow",
            a => a.Person?.IsCoordinator == true),
        new(CommandName.PauseReminders, "pausa påminnelser till <datum> · återuppta påminnelser", "pause reminders until <date> · resume reminders",
            "stänger av eller sätter på dina påminnelser", "turns your reminders off or on again", a => a.InNetwork),
        new(CommandName.Digest, "digest", "digest", "veckans sammanfattning nu (den kommer annars på måndagar)",
            "the weekly digest now (it otherwise comes on Mondays)", a => a.Person?.IsCoordinator == true),
        new(CommandName.Newsletter, "nyhetsbrev · nyhetsbrev träff <nr> · nyhetsbrev text", "newsletter · newsletter meeting <no> · newsletter text",
            "senaste utkastet till nyhetsbrevet med länkar till Word och webbversion (**text** ger det som meddelande)",
            "the latest newsletter draft with links to Word and the web version (**text** gives it as a message)", a => a.Person?.IsCoordinator == true),
        new(CommandName.BuildNewsletter, "bygg nyhetsbrev · bygg nyhetsbrev träff <nr>", "build newsletter · build newsletter meeting <no>",
            "bygger utkastet på nytt, t.ex. efter sena rapporter (tidigare versioner sparas)",
            "builds the draft again, e.g. after late reports (earlier versions are kept)", a => a.Person?.IsCoordinator == true),
        new(CommandName.SetRole, "roll coach|medlem <e-post> <team> · roll samordnare <e-post>", "role coach|member <email> <team> · role coordinator <email>",
            "ger någon en roll i nätverket", "gives someone a role in the network", a => a.Person?.IsCoordinator == true),
        new(CommandName.RemoveRole, "ta bort roll coach|medlem <e-post> <team>", "remove role coach|member <email> <team>",
            "tar bort en roll", "removes a role", a => a.Person?.IsCoordinator == true),
        new(CommandName.Teams, "team", "teams", "listar nätverkets förbättringsteam", "lists the network's improvement teams", _ => true),
        new(CommandName.WhoAmI, "vem är jag", "whoami", "visar dina roller i nätverket", "shows your roles in the network", _ => true),
        new(CommandName.Link, "koppla <team>", "link <team>",
            "kopplar den här kanalen eller gruppchatten till ett förbättringsteam (skrivs i kanalen)",
            "links this channel or group chat to an improvement team (type it in the channel)", a => a.CanLink || a.IsDemo),
        new(CommandName.Demo, "demo samordnare | demo coach <team> | demo medlem <team>",
            "demo samordnare | demo coach <team> | demo medlem <team>",
            "ger dig en roll i demonätverket så att du kan prova", "gives you a role in the demo network so you can try things out",
            a => a.IsDemo),
    ];

    public static IEnumerable<HelpEntry> For(HelpAudience audience) => Entries.Where(e => e.IsFor(audience));
}
