namespace BplBot.Domain.Commands;

/// <summary>What a message asked for: a known command with the rest of the text as its argument, or nothing known.</summary>
public sealed record ParsedCommand(CommandName? Name, string Argument, string? Suggestion)
{
    public bool IsKnown => Name is not null;

    /// <summary>The word the person typed first; for "did you mean" answers.</summary>
    public string FirstWord { get; init; } = string.Empty;
}
