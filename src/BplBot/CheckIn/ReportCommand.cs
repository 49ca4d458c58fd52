using BplBot.Conversations;
using BplBot.Conversations.Commands;
using BplBot.Dialogs;
using BplBot.Domain.Commands;

namespace BplBot.CheckIn;

/// <summary><c>rapportera</c> (also <c>rapport</c>, <c>check-in</c>): starts the team's check-in.</summary>
public sealed class ReportCommand(CheckInStarter starter) : ICommandHandler
{
    public CommandName Name => CommandName.Report;

    public Task HandleAsync(CommandContext context, CancellationToken ct) => starter.StartAsync(context, editLast: false, ct);
}

/// <summary><c>ändra senaste</c> / <c>edit last</c>: starts from the team's saved check-in for the period.</summary>
public sealed class EditLastCommand(CheckInStarter starter) : ICommandHandler
{
    public CommandName Name => CommandName.EditLast;

    public Task HandleAsync(CommandContext context, CancellationToken ct) => starter.StartAsync(context, editLast: true, ct);
}

/// <summary>
/// Starts a check-in where its questions may be seen: here in a 1:1 chat or in a conversation linked to one of the
/// member's teams, else in the member's 1:1 chat (the team's report is not for everyone in a group).
/// </summary>
public sealed class CheckInStarter(DialogRunner runner, CheckInDialog dialog, PrivateReplies privately)
{
    public async Task StartAsync(CommandContext context, bool editLast, CancellationToken ct)
    {
        var linked = context.Conversation?.ImprovementTeamId is { } team && context.Person?.IsMemberOf(team) == true;
        var where = linked ? context : await privately.MoveAsync(context, ct);
        if (where is null) return;
        await runner.StartAsync(where, CheckInDialog.DialogKind, c => dialog.StartAsync(where, editLast, c), ct);
    }
}
