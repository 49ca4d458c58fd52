namespace BplBot.Domain.Commands;

/// <summary>One command: its Swedish words first (the first is what the help shows), then English ones.</summary>
public sealed record CommandSpec(CommandName Name, IReadOnlyList<string> Swedish, IReadOnlyList<string> English)
{
    public string SwedishWord => Swedish[0];
    public string EnglishWord => English.Count > 0 ? English[0] : Swedish[0];
    public IEnumerable<string> Words => Swedish.Concat(English);
}

public static class CommandCatalog
{
    public static readonly IReadOnlyList<CommandSpec> All =
    [
        new(CommandName.Help, ["hjälp", "hjalp", "?"], ["help"]),
        new(CommandName.Teams, ["team", "teamen"], ["teams"]),
        new(CommandName.Link, ["koppla"], ["link"]),
        new(CommandName.Demo, ["demo"], []),
        new(CommandName.WhoAmI, ["vem är jag", "jag"], ["whoami", "me"]),
        new(CommandName.Report, ["rapportera", "rapport", "check-in", "checkin", "incheckning"], ["report", "check in"]),
        new(CommandName.Status, ["status", "läge", "läget"], []),
        new(CommandName.NextMeeting, ["nästa träff", "träff"], ["next meeting"]),
        new(CommandName.CoachRating, ["skatta"], ["rate"]),
        new(CommandName.SetRole, ["roll"], ["role"]),
        new(CommandName.RemoveRole, ["ta bort roll"], ["remove role"]),
        new(CommandName.Digest, ["digest", "sammanfattning"], []),
        new(CommandName.NewMeeting, ["ny träff"], ["new meeting"]),
        new(CommandName.Meetings, ["träffar"], ["meetings"]),
        new(CommandName.MoveMeeting, ["flytta träff"], ["move meeting"]),
        new(CommandName.CancelMeeting, ["ställ in träff"], ["cancel meeting"]),
        new(CommandName.PauseReminders, ["pausa påminnelser"], ["pause reminders"]),
        new(CommandName.ResumeReminders, ["återuppta påminnelser"], ["resume reminders"]),
        new(CommandName.Newsletter, ["nyhetsbrev", "nyhetsbrevet"], ["newsletter"]),
        new(CommandName.BuildNewsletter, ["bygg nyhetsbrev", "bygg nyhetsbrevet"], ["build newsletter"]),
        new(CommandName.EditLast, ["ändra senaste", "ändra rapport"], ["edit last", "edit report"]),
    ];

    public static CommandSpec Get(CommandName name) => All.First(c => c.Name == name);
}
