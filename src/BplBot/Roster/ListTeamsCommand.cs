using BplBot.Text;
using BplBot.Conversations.Commands;
using BplBot.Domain.Commands;
using BplBot.Domain.Network;

namespace BplBot.Roster;

/// <summary><c>team</c> / <c>teams</c>: the network's teams with the short names people use.</summary>
public sealed class ListTeamsCommand(NetworkDirectory directory) : ICommandHandler
{
    public CommandName Name => CommandName.Teams;

    public async Task HandleAsync(CommandContext context, CancellationToken ct)
    {
        var teams = await directory.TeamsAsync(ct);
        var lines = teams.Select(t =>
            // "Arena för hälsa – barn och unga med obesitas" is not written twice when the short name starts the name.
            (t.Name.StartsWith(t.ShortName, StringComparison.OrdinalIgnoreCase)
                ? $"- **{MarkdownText.Escape(t.ShortName)}**{MarkdownText.Escape(t.Name[t.ShortName.Length..])}"
                : $"- **{MarkdownText.Escape(t.ShortName)}** – {MarkdownText.Escape(t.Name)}")
            + $" ({MarkdownText.Escape(t.Municipality)}; {context.Pick(t.FocusArea.Swedish(), t.FocusArea.English())})");
        await context.ReplyAsync(
            context.Pick($"**Nätverkets förbättringsteam ({teams.Count}):**", $"**The network's improvement teams ({teams.Count}):**") +
            "\n\n" + string.Join("\n", lines), ct);
    }
}
