using System.Diagnostics;
using BplBot.TestSupport;

namespace BplBot.Tests.Infrastructure;

/// <summary>Runs the validators in tests/e2e (after installing their npm packages if needed) and returns what they printed.</summary>
internal static class NodeScripts
{
    public static string RepoRoot { get; } = FindRoot();

    public static async Task<(int ExitCode, string Output)> RunAsync(string script, params string[] arguments)
    {
        await NpmPackages.EnsureAsync(RepoRoot, TimeSpan.FromMinutes(3));
        var start = new ProcessStartInfo("node", [Path.Combine(NpmPackages.Folder(RepoRoot), script), .. arguments])
        {
            WorkingDirectory = NpmPackages.Folder(RepoRoot), RedirectStandardOutput = true, RedirectStandardError = true,
        };
        using var node = Process.Start(start)!;
        var output = node.StandardOutput.ReadToEndAsync();
        var errors = node.StandardError.ReadToEndAsync();
        await node.WaitForExitAsync();
        return (node.ExitCode, await output + await errors);
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "BplBot.slnx"))) return dir.FullName;
        throw new InvalidOperationException("No BplBot.slnx above the test assembly.");
    }
}
