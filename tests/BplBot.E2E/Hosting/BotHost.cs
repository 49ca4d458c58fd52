using System.Net;
using System.Reflection;

namespace BplBot.E2E.Hosting;

/// <summary>Starts the bot the way the README does and waits until <c>/healthz</c> answers.</summary>
internal static class BotHost
{
    /// <summary>
    /// Replaces <c>dotnet run --project src/BplBot --no-build</c> with another command line (split on
    /// spaces, run from the repo root), e.g. <c>node /tmp/refbot/index.js</c> to prove the driver
    /// against a reference bot. <c>--urls http://127.0.0.1:PORT</c> is appended either way, and the
    /// command gets the same environment. For developing the e2e tier only; CI never sets it.
    /// </summary>
    public const string CommandOverride = "BPLBOT_E2E_BOT_COMMAND";

    public static readonly TimeSpan HealthTimeout = TimeSpan.FromSeconds(20);

    public static ChildProcess Start(RepoLayout repo, string runDirectory, Uri url)
    {
        var (fileName, arguments) = Command();
        var environment = new ChildEnvironment()
            .Set("ConnectionStrings__Bpl", $"Data Source={Path.Combine(runDirectory, "bpl.db")}")
            // Anonymous mode: the playground sends no token, so the bot must run without an app id.
            .RemoveAll("Bot__")
            // Every e2e test is the playground's one user, one message after another: far past a person's pace.
            .Set("Conversations__MessagesPerMinute", "1000")
            .Set("DOTNET_CLI_TELEMETRY_OPTOUT", "1")
            .Set("DOTNET_NOLOGO", "1");
        return ChildProcess.Start("the bot", fileName, [.. arguments, "--urls", url.ToString().TrimEnd('/')],
            repo.Root, environment, Path.Combine(runDirectory, "bot.log"));
    }

    private static (string FileName, string[] Arguments) Command()
    {
        if (Environment.GetEnvironmentVariable(CommandOverride) is { Length: > 0 } custom)
        {
            var parts = custom.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            return (parts[0], parts[1..]);
        }
        string[] run = ["run", "--project", Path.Combine("src", "BplBot"), "--no-build"];
        // dotnet run's default is Debug; a Release test run built the bot in Release only.
        var configuration = typeof(BotHost).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration;
        return configuration is null or "Debug" ? ("dotnet", run) : ("dotnet", [.. run, "--configuration", configuration]);
    }

    public static async Task WaitHealthyAsync(ChildProcess bot, Uri url, CancellationToken cancellationToken)
    {
        var health = new Uri(url, "/healthz");
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(HealthTimeout);
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        string last = "no answer yet";
        while (true)
        {
            if (bot.HasExited)
            {
                throw new InvalidOperationException($"The bot exited with code {bot.ExitCode} before {health} answered.");
            }
            try
            {
                using var response = await http.GetAsync(health, deadline.Token);
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
                last = $"{(int)response.StatusCode} {response.ReasonPhrase}";
            }
            catch (HttpRequestException ex)
            {
                last = ex.Message;
            }
            catch (OperationCanceledException) when (!deadline.IsCancellationRequested)
            {
                last = "a health check timed out";
            }
            catch (OperationCanceledException)
            {
                break;
            }
            try
            {
                await Task.Delay(250, deadline.Token);
            }
            catch (OperationCanceledException)
            {
                break;
            }
        }
        throw new TimeoutException($"{health} did not answer 200 in time (at most {HealthTimeout.TotalSeconds:0} s; last: {last}).");
    }
}
