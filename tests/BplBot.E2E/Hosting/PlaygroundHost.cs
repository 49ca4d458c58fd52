using System.Net;
using System.Text.RegularExpressions;

namespace BplBot.E2E.Hosting;

/// <summary>
/// Installs (if needed) and starts the Agents Playground exactly as shared/docs/teams-playground.md §2
/// says: telemetry off, no browser, no proxy, our Teams-shaped tenant, and a serviceUrl that matches
/// the port it really listens on.
/// </summary>
internal static partial class PlaygroundHost
{
    public static readonly TimeSpan InstallTimeout = TimeSpan.FromSeconds(180);
    public static readonly TimeSpan ListenTimeout = TimeSpan.FromSeconds(20);

    /// <summary>
    /// <c>npm ci --prefix tests/e2e</c> when a package is missing, so a plain <c>dotnet test</c> works on a fresh
    /// clone. The playground's licence forbids vendoring it: it always comes from npm.
    /// </summary>
    public static Task EnsureInstalledAsync(RepoLayout repo, string runDirectory) =>
        BplBot.TestSupport.NpmPackages.EnsureAsync(repo.Root, InstallTimeout, Path.Combine(runDirectory, "npm-ci.log"));

    /// <summary>Starts the playground in front of the bot on a port that is free now.</summary>
    public static (ChildProcess Process, int Port) Start(RepoLayout repo, string runDirectory, Uri botUrl)
    {
        // It binds every interface, so the port must be free on all of them.
        var port = FreePort.Pick(IPAddress.Any);
        var baseUri = BaseUri(port);
        var environment = new ChildEnvironment()
            .Set("TEAMSAPPTESTER_BROWSER", "none")
            .Set("APPLICATION_INSIGHTS_NO_STATSBEAT", "true")
            .Set("APPLICATIONINSIGHTS_CONFIGURATION_CONTENT", """{"disableAppInsights":true,"disableStatsbeat":true}""")
            .Set("M365_AGENTS_PLAYGROUND_LOGFILE", Path.Combine(runDirectory, "playground.log"))
            .Set("M365_AGENTS_PLAYGROUND_CONFIG_PATH", repo.TenantConfig)
            .Remove("TEAMSAPPTESTER_PORT")
            .Remove("M365_AGENTS_PLAYGROUND_CONVERSATION_ID")
            .Remove("M365_AGENTS_PLAYGROUND_TARGET_SDK");
        string[] arguments =
        [
            RepoLayout.PlaygroundCli, "start", "--disable-telemetry",
            "--app-endpoint", new Uri(botUrl, "/api/messages").ToString(),
            "--channel-id", "msteams",
            "--port", port.ToString(),
            // The trailing slash matters: the bot joins "{serviceUrl}v3/...".
            "--service-url", new Uri(baseUri, "/_connector/").ToString(),
        ];
        var playground = ChildProcess.Start("the playground", "node", arguments, repo.E2EDirectory, environment,
            Path.Combine(runDirectory, "playground.out"));
        return (playground, port);
    }

    /// <summary>Waits for its <c>Listening on N</c> line; returns its base address.</summary>
    public static async Task<Uri> WaitListeningAsync(ChildProcess playground, int port, CancellationToken cancellationToken)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(ListenTimeout);
        var line = await playground.WaitForLineAsync(l => Listening().IsMatch(l), "'Listening on <port>'", deadline.Token);
        var actual = int.Parse(Listening().Match(line).Groups[1].Value);
        if (actual != port)
        {
            // A busy port makes it silently take another, and then its serviceUrl is wrong.
            throw new InvalidOperationException($"The playground listens on {actual}, not on {port}: the port was taken meanwhile.");
        }
        return BaseUri(port);
    }

    private static Uri BaseUri(int port) => new($"http://127.0.0.1:{port}/");

    [GeneratedRegex(@"Listening on (\d+)")]
    private static partial Regex Listening();
}
