using BplBot.Domain.Text;

namespace BplBot.Domain.Commands;

/// <summary>What a message asked for: a known command with the rest of the text as its argument, or nothing known.</summary>
public sealed record ParsedCommand(CommandName? Name, string Argument, string? Suggestion)
{
    public bool IsKnown => Name is not null;

    /// <summary>The word the person typed first; for "did you mean" answers.</summary>
    public string FirstWord { get; init; } = string.Empty;

    /// <summary>The language of the command word as typed (<c>hjälp</c> Swedish, <c>help</c> English); null when both use it.</summary>
    public Language? WordLanguage { get; init; }

    /// <summary>
    /// True when the whole message is this command: a command without an argument written alone, or one that takes
    /// an argument. "Team och uppdrag klart" starts with a command word but is no command.
    /// </summary>
    public bool IsWhole => Name is { } name && (Argument.Length == 0 || CommandCatalog.Get(name).TakesArgument);
}
