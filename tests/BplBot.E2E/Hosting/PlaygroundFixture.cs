using System.Diagnostics;
using System.Net;
using System.Text;
using BplBot.E2E.Driver;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace BplBot.E2E.Hosting;

/// <summary>
/// One bot and one playground for the whole e2e collection, in a fresh temp directory (database,
/// logs). Startup is bounded; on any failure the error carries the tail of what both processes said.
/// </summary>
public sealed class PlaygroundFixture(IMessageSink diagnostics) : IAsyncLifetime
{
    public static readonly TimeSpan StartBudget = TimeSpan.FromSeconds(90);

    private readonly DirectoryInfo runDirectory = Directory.CreateTempSubdirectory("bplbot-e2e-");
    private ChildProcess? bot;
    private ChildProcess? playgroundProcess;
    private Playground? playground;
    private bool failed;
    private bool disposed;

    public Playground Playground => playground ?? throw new InvalidOperationException("The e2e fixture has not started.");

    public async Task InitializeAsync()
    {
        var clock = Stopwatch.StartNew();
        using var budget = new CancellationTokenSource(StartBudget);
        var repo = RepoLayout.Find();
        try
        {
            await PlaygroundHost.EnsureInstalledAsync(repo, runDirectory.FullName);
            var installed = clock.Elapsed;

            var botUrl = new Uri($"http://127.0.0.1:{FreePort.Pick(IPAddress.Loopback)}/");
            bot = BotHost.Start(repo, runDirectory.FullName, botUrl);
            await BotHost.WaitHealthyAsync(bot, botUrl, budget.Token);
            var healthy = clock.Elapsed;

            (playgroundProcess, var port) = PlaygroundHost.Start(repo, runDirectory.FullName, botUrl);
            var baseUri = await PlaygroundHost.WaitListeningAsync(playgroundProcess, port, budget.Token);
            playground = await Playground.ConnectAsync(baseUri, budget.Token);

            Report($"e2e fixture ready in {clock.Elapsed.TotalSeconds:0.0} s (playground package ready {installed.TotalSeconds:0.0} s, "
                + $"bot healthy {healthy.TotalSeconds:0.0} s); bot {botUrl}, playground {baseUri}, run dir {runDirectory.FullName}");
        }
        catch (Exception ex)
        {
            var cause = budget.IsCancellationRequested ? $"the {StartBudget.TotalSeconds:0} s start budget ran out" : ex.Message;
            MarkFailed();
            var message = $"The e2e fixture did not start after {clock.Elapsed.TotalSeconds:0.0} s: {cause}{Environment.NewLine}{Diagnostics()}";
            await DisposeAsync();
            throw new InvalidOperationException(message, ex);
        }
    }

    /// <summary>Keeps the run directory (logs, database) after the run, for a look by hand.</summary>
    public void MarkFailed() => failed = true;

    /// <summary>What a failure report needs: the last output of both processes and the last stream events.</summary>
    public string Diagnostics()
    {
        var text = new StringBuilder();
        text.AppendLine($"--- run directory: {runDirectory.FullName}");
        if (bot is not null)
        {
            text.AppendLine($"--- the bot's output (last lines; all of it in {bot.LogPath}):").AppendLine(bot.Tail());
        }
        if (playgroundProcess is not null)
        {
            text.AppendLine("--- the playground's stdout:").AppendLine(playgroundProcess.Tail(10));
        }
        text.AppendLine("--- the playground's log (last lines):").AppendLine(LogTail(Path.Combine(runDirectory.FullName, "playground.log"), 40));
        if (playground is not null)
        {
            text.AppendLine("--- conversation stream:").AppendLine(playground.Messages.Describe());
            text.AppendLine("--- HTTP log stream:").AppendLine(playground.Log.Describe());
        }
        return text.ToString();
    }

    private static string LogTail(string path, int lines)
    {
        if (!File.Exists(path))
        {
            return "(none)";
        }
        using var reader = new StreamReader(new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite));
        var all = reader.ReadToEnd().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        // Its lines hold whole activities; the start of each says enough.
        return string.Join(Environment.NewLine, all.Skip(Math.Max(0, all.Length - lines)).Select(l => l.Length <= 400 ? l : l[..400] + "…"));
    }

    private void Report(string message) => diagnostics.OnMessage(new DiagnosticMessage(message));

    public async Task DisposeAsync()
    {
        // xunit disposes a fixture whose start failed, which already cleaned up.
        if (disposed)
        {
            return;
        }
        disposed = true;
        if (playground is not null)
        {
            await playground.DisposeAsync();
            playground = null;
        }
        if (playgroundProcess is not null)
        {
            await playgroundProcess.DisposeAsync();
            playgroundProcess = null;
        }
        if (bot is not null)
        {
            await bot.DisposeAsync();
            bot = null;
        }
        if (failed)
        {
            Report($"e2e: kept {runDirectory.FullName} for a look at the logs");
        }
        else
        {
            runDirectory.Delete(recursive: true);
        }
    }
}
