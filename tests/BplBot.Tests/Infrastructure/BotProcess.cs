using System.Diagnostics;
using BplBot.Tests.Network;

namespace BplBot.Tests.Infrastructure;

/// <summary>Runs the built bot as its own process, as an operator would start it, and collects what it prints.</summary>
public static class BotProcess
{
    /// <param name="urls">Passed as <c>--urls</c> (a free port by default); null leaves the address to the environment.</param>
    public static async Task<(int ExitCode, string Output)> RunUntilExitAsync(
        IDictionary<string, string> environment, TimeSpan timeout, string? urls = "http://127.0.0.1:0")
    {
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = NetworkFileReaderTests.RepositoryRoot(),
        };
        info.ArgumentList.Add(BotDll());
        if (urls is not null)
        {
            info.ArgumentList.Add("--urls");
            info.ArgumentList.Add(urls);
        }
        info.Environment["Jobs__SchedulerName"] = "process-" + Guid.NewGuid().ToString("N");
        foreach (var (key, value) in environment) info.Environment[key] = value;

        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var cancel = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(cancel.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"The bot did not exit within {timeout}: {await stdout}{await stderr}");
        }
        return (process.ExitCode, await stdout + await stderr);
    }

    /// <summary>The bot built in the same configuration as this test assembly.</summary>
    private static string BotDll()
    {
        var configuration = new DirectoryInfo(AppContext.BaseDirectory).Parent!.Name;
        var dll = Path.Combine(NetworkFileReaderTests.RepositoryRoot(), "src", "BplBot", "bin", configuration, "net10.0", "BplBot.dll");
        return File.Exists(dll) ? dll : throw new FileNotFoundException("Build the solution first.", dll);
    }
}
