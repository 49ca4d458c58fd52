using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BplBot.BotFramework;

/// <summary>Says once, at start, that the bot runs without authentication, so nobody deploys that by accident unnoticed.</summary>
internal sealed class BotFrameworkStartupLog(IOptions<BotOptions> options, ILogger<BotFrameworkStartupLog> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (options.Value.IsAnonymousMode)
        {
            BotFrameworkLog.AnonymousMode(logger);
        }
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
