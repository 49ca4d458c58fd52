using BplBot.Conversations.Commands;
using BplBot.Domain.Commands;

namespace BplBot.CheckIn;

/// <summary><c>rapportera</c> (also <c>rapport</c>, <c>check-in</c>): starts the team's check-in.</summary>
public sealed class ReportCommand(CheckInRunner runner) : ICommandHandler
{
    public CommandName Name => CommandName.Report;

    public Task HandleAsync(CommandContext context, CancellationToken ct) => runner.StartAsync(context, editLast: false, ct);
}

/// <summary><c>ändra senaste</c> / <c>edit last</c>: starts from the team's saved check-in for the period.</summary>
public sealed class EditLastCommand(CheckInRunner runner) : ICommandHandler
{
    public CommandName Name => CommandName.EditLast;

    public Task HandleAsync(CommandContext context, CancellationToken ct) => runner.StartAsync(context, editLast: true, ct);
}
