using BplBot.Domain.Text;

namespace BplBot.Domain.Commands;

/// <summary>
/// One command: its Swedish words first (the first is what the help shows), then English ones; who may use it; whether
/// it answers only in a 1:1 chat (what it shows is for the asker alone); and whether it takes an argument.
/// </summary>
public sealed record CommandSpec(CommandName Name, IReadOnlyList<string> Swedish, IReadOnlyList<string> English)
{
    public CommandAudience Audience { get; init; } = CommandAudience.Everyone;

    /// <summary>Answered in the asker's 1:1 chat wherever it is asked (coordinators' tools, personal data).</summary>
    public bool PersonalOnly { get; init; }

    /// <summary>False for a command that is the whole message (<c>hjälp</c>, <c>team</c>): "Team och uppdrag klart" is not it.</summary>
    public bool TakesArgument { get; init; }

    public string SwedishWord => Swedish[0];
    public string EnglishWord => English.Count > 0 ? English[0] : Swedish[0];
    public IEnumerable<string> Words => Swedish.Concat(English);

    /// <summary>The language a word belongs to; null for a word both languages use (<c>status</c>, <c>demo</c>).</summary>
    public Language? LanguageOf(string word)
    {
        var w = TextMatch.Normalize(word);
        var swedish = Swedish.Any(s => TextMatch.Normalize(s) == w);
        var english = English.Any(e => TextMatch.Normalize(e) == w);
        return swedish == english ? null : swedish ? Language.Swedish : Language.English;
    }

    /// <summary>
    /// For a command word both languages use, the first word of its argument may tell the language: <c>demo medlem
    /// Nässjö</c> is Swedish, <c>demo member Nässjö</c> English, whatever locale the client reports.
    /// </summary>
    public IReadOnlyList<string> SwedishArgumentWords { get; init; } = [];

    public IReadOnlyList<string> EnglishArgumentWords { get; init; } = [];

    public Language? ArgumentLanguageOf(string argument)
    {
        if (SwedishArgumentWords.Count == 0 && EnglishArgumentWords.Count == 0) return null;
        var first = TextMatch.Normalize(argument).Split(' ', 2)[0];
        if (SwedishArgumentWords.Contains(first)) return Language.Swedish;
        return EnglishArgumentWords.Contains(first) ? Language.English : null;
    }
}

public static class CommandCatalog
{
    private static CommandSpec Spec(CommandName name, string[] sv, string[] en, CommandAudience audience = CommandAudience.Everyone,
        bool personal = false, bool argument = false) =>
        new(name, sv, en) { Audience = audience, PersonalOnly = personal, TakesArgument = argument };

    public static readonly IReadOnlyList<CommandSpec> All =
    [
        Spec(CommandName.Help, ["hjälp", "hjalp", "?"], ["help"]),
        Spec(CommandName.Teams, ["team", "teamen"], ["teams"], CommandAudience.InNetwork),
        Spec(CommandName.Link, ["koppla"], ["link"], CommandAudience.InNetwork, argument: true),
        Spec(CommandName.Demo, ["demo"], ["demo"], CommandAudience.DemoOnly, argument: true) with
        {
            SwedishArgumentWords = DemoRoleWords.In(Language.Swedish), EnglishArgumentWords = DemoRoleWords.In(Language.English),
        },
        Spec(CommandName.WhoAmI, ["vem är jag", "jag"], ["whoami", "me"], personal: true),
        Spec(CommandName.Language, ["språk"], ["language"], argument: true),
        Spec(CommandName.Report, ["rapportera", "rapport", "check-in", "checkin", "incheckning"], ["report", "check in"],
            CommandAudience.Members, argument: true),
        Spec(CommandName.Status, ["status", "läge", "läget"], ["status"], CommandAudience.InNetwork, argument: true),
        Spec(CommandName.NextMeeting, ["nästa träff", "träff"], ["next meeting"], CommandAudience.InNetwork),
        Spec(CommandName.CoachRating, ["skatta"], ["rate"], CommandAudience.Coaches, argument: true),
        Spec(CommandName.SupportDone, ["stöd klart", "stod klart"], ["support done", "help done"], CommandAudience.Coaches, argument: true),
        Spec(CommandName.SetRole, ["roll"], ["role"], CommandAudience.Coordinators, personal: true, argument: true),
        Spec(CommandName.RemoveRole, ["ta bort roll"], ["remove role"], CommandAudience.Coordinators, personal: true, argument: true),
        Spec(CommandName.Digest, ["veckosammanfattning", "sammanfattning", "digest"], ["weekly digest", "digest"], CommandAudience.Coordinators, personal: true),
        Spec(CommandName.NewMeeting, ["ny träff"], ["new meeting"], CommandAudience.Coordinators, personal: true, argument: true),
        Spec(CommandName.Meetings, ["träffar"], ["meetings"], CommandAudience.InNetwork),
        Spec(CommandName.MoveMeeting, ["flytta träff"], ["move meeting"], CommandAudience.Coordinators, personal: true, argument: true),
        Spec(CommandName.CancelMeeting, ["ställ in träff"], ["cancel meeting"], CommandAudience.Coordinators, personal: true, argument: true),
        Spec(CommandName.PauseReminders, ["pausa påminnelser"], ["pause reminders"], CommandAudience.InNetwork, argument: true),
        Spec(CommandName.ResumeReminders, ["återuppta påminnelser"], ["resume reminders"], CommandAudience.InNetwork),
        Spec(CommandName.Newsletter, ["nyhetsbrev", "nyhetsbrevet"], ["newsletter"], CommandAudience.Coordinators, personal: true, argument: true),
        Spec(CommandName.BuildNewsletter, ["bygg nyhetsbrev", "bygg nyhetsbrevet"], ["build newsletter"], CommandAudience.Coordinators,
            personal: true, argument: true),
        Spec(CommandName.EditLast, ["ändra senaste", "ändra rapport"], ["edit last", "edit report"], CommandAudience.Members),
        Spec(CommandName.MyData, ["mina data", "mina uppgifter"], ["my data"], personal: true),
        Spec(CommandName.DeleteMyData, ["radera mina data", "radera mina uppgifter"], ["delete my data"], personal: true, argument: true),
        Spec(CommandName.DeletePerson, ["radera person"], ["delete person"], CommandAudience.Coordinators, personal: true, argument: true),
        Spec(CommandName.AuditLog, ["logg", "loggen", "händelselogg"], ["log", "audit log"], CommandAudience.Coordinators, personal: true),
        Spec(CommandName.Export, ["exportera", "arkivexport"], ["export"], CommandAudience.Coordinators, personal: true),
    ];

    public static CommandSpec Get(CommandName name) => All.First(c => c.Name == name);
}
