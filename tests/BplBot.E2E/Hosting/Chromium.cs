using System.Diagnostics;

namespace BplBot.E2E.Hosting;

/// <summary>
/// Debian's chromium, for driving the playground's web UI (browser downloads are blocked here; Playwright uses this
/// one). `.ci/run` installs it; a run as root without it installs it the same way, anyone else is told how.
/// </summary>
public static class Chromium
{
    public const string Path = "/usr/bin/chromium";

    /// <summary>Flags that keep it on loopback: no background networking, no component updates, no sync.</summary>
    public static readonly string[] Args =
    [
        "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--no-first-run", "--disable-quic", "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1",
    ];

    private static readonly SemaphoreSlim Installing = new(1, 1);

    public static async Task<string> EnsureInstalledAsync()
    {
        if (File.Exists(Path)) return Path;
        await Installing.WaitAsync();
        try
        {
            if (File.Exists(Path)) return Path;
            if (Environment.UserName != "root")
                throw new InvalidOperationException($"The web UI test needs Debian's chromium at {Path}: sudo apt-get install -y chromium");
            using var apt = Process.Start(new ProcessStartInfo("sh", "-c \"apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium\"")
                { RedirectStandardOutput = true, RedirectStandardError = true })!;
            var output = await apt.StandardError.ReadToEndAsync();
            await apt.WaitForExitAsync();
            if (apt.ExitCode != 0 || !File.Exists(Path)) throw new InvalidOperationException($"Installing chromium failed ({apt.ExitCode}): {output}");
            return Path;
        }
        finally
        {
            Installing.Release();
        }
    }
}
