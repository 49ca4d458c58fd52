using System.Diagnostics;

namespace BplBot.TestSupport;

/// <summary>
/// The npm packages the tests use, installed at test time with <c>npm ci --prefix tests/e2e</c> (never committed: the
/// playground's licence forbids it). Both test projects call this; a lock file keeps two processes from running
/// <c>npm ci</c> into the same folder at once.
/// </summary>
public static class NpmPackages
{
    public static readonly string[] Required =
        ["@microsoft/m365agentsplayground", "@microsoft/app-manifest", "adaptivecards", "fs-extra", "ajv-draft-04"];

    private static readonly SemaphoreSlim InProcess = new(1, 1);

    public static string Folder(string repoRoot) => Path.Combine(repoRoot, "tests", "e2e");

    public static bool Installed(string repoRoot) =>
        Required.All(p => Directory.Exists(Path.Combine(Folder(repoRoot), "node_modules", p)));

    public static async Task EnsureAsync(string repoRoot, TimeSpan timeout, string? logFile = null)
    {
        if (Installed(repoRoot)) return;
        await InProcess.WaitAsync();
        try
        {
            using var crossProcess = await LockAsync(Path.Combine(Folder(repoRoot), ".npm-ci.lock"), timeout);
            if (Installed(repoRoot)) return;
            var start = new ProcessStartInfo("npm", ["ci", "--no-audit", "--no-fund", "--prefix", Path.Combine("tests", "e2e")])
            {
                WorkingDirectory = repoRoot, RedirectStandardOutput = true, RedirectStandardError = true,
            };
            using var npm = Process.Start(start) ?? throw new InvalidOperationException("npm could not be started.");
            var output = npm.StandardOutput.ReadToEndAsync();
            var errors = npm.StandardError.ReadToEndAsync();
            using var cancel = new CancellationTokenSource(timeout);
            await npm.WaitForExitAsync(cancel.Token);
            var log = await output + await errors;
            if (logFile is not null) await File.WriteAllTextAsync(logFile, log);
            if (npm.ExitCode != 0 || !Installed(repoRoot))
                throw new InvalidOperationException($"npm ci --prefix tests/e2e failed (exit code {npm.ExitCode}):{Environment.NewLine}{log[Math.Max(0, log.Length - 3000)..]}");
        }
        finally
        {
            InProcess.Release();
        }
    }

    private static async Task<FileStream> LockAsync(string path, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            try
            {
                return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException) when (DateTime.UtcNow < deadline)
            {
                await Task.Delay(250);
            }
        }
    }
}
