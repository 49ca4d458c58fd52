using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace BplBot.Tests.Infrastructure;

/// <summary>
/// A PostgreSQL server a test run starts for itself: initdb + pg_ctl in a <c>bplbot-pg-*</c> folder on a free loopback
/// port; as root, the server runs as the postgres user. The folder records the pid of the test process that owns it,
/// because a test host that is killed never stops its server: each run first stops the servers whose owner is gone
/// (<see cref="ReapStale"/>) and never touches one whose owner is alive.
/// </summary>
internal static class LocalPostgres
{
    public const string FolderPrefix = "bplbot-pg-";
    public const string OwnerFile = "owner.pid";
    private static readonly bool Root = Environment.UserName == "root";

    /// <summary>A running server: its folder (the owner file, the log, the socket and <c>data/</c>) and how to reach it.</summary>
    public sealed record Server(string Folder, string ConnectionString)
    {
        /// <summary>Stops the server at once and removes its folder.</summary>
        public void Stop() => StopAndRemove(Folder);
    }

    /// <summary>The newest installed PostgreSQL's bin folder (Debian's layout); null where there is none.</summary>
    private static string? Bin => !Directory.Exists("/usr/lib/postgresql") ? null
        : Directory.GetDirectories("/usr/lib/postgresql").Select(d => Path.Combine(d, "bin")).Where(d => File.Exists(Path.Combine(d, "initdb"))).Order().LastOrDefault();

    /// <summary>Starts a server in a new folder under <paramref name="parent"/> that <paramref name="ownerPid"/> owns; null without PostgreSQL.</summary>
    public static Server? Start(string parent, int ownerPid)
    {
        if (OperatingSystem.IsWindows() || Bin is not { } bin) return null;
        var folder = Path.Combine(parent, FolderPrefix + Path.GetRandomFileName().Replace(".", "", StringComparison.Ordinal));
        Directory.CreateDirectory(folder, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        // The owner first: a folder without one is never reaped, so one being set up is safe from other runs.
        File.WriteAllText(Path.Combine(folder, OwnerFile), OwnerRecord(ownerPid));
        if (Root) Run("chown", ["postgres:postgres", folder], asPostgres: false);
        var data = Path.Combine(folder, "data");
        var port = FreePort();
        Run(Path.Combine(bin, "initdb"), ["-D", data, "-U", "postgres", "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8"], Root);
        Run(Path.Combine(bin, "pg_ctl"), ["-D", data, "-l", Path.Combine(folder, "log"), "-w", "-t", "60", "-o",
            $"-c listen_addresses=127.0.0.1 -p {port} -k {folder} -c fsync=off -c synchronous_commit=off -c max_connections=400", "start"], Root);
        return new Server(folder, $"Host=127.0.0.1;Port={port};Username=postgres;Database=postgres");
    }

    /// <summary>Stops the server of every <c>bplbot-pg-*</c> folder under <paramref name="parent"/> whose owning test process has ended.</summary>
    public static void ReapStale(string parent)
    {
        foreach (var folder in Directory.EnumerateDirectories(parent, FolderPrefix + "*"))
        {
            // No owner file: being set up right now, or left by a version that recorded none; its owner is unknown.
            // An owner in another pid namespace (a container sharing /tmp) cannot be seen from here: never judged dead.
            var record = Path.Combine(folder, OwnerFile);
            if (Pid(record) is not { } owner || !SameNamespace(record) || IsAlive(owner)) continue;
            StopAndRemove(folder);
        }
    }

    private static void StopAndRemove(string folder)
    {
        var data = Path.Combine(folder, "data");
        if (Bin is { } bin && Directory.Exists(data)) Run(Path.Combine(bin, "pg_ctl"), ["-D", data, "-m", "immediate", "stop"], Root, check: false);
        // A server that would not stop keeps its folder: deleting it would leave the server running with nothing to find it by.
        if (Pid(Path.Combine(data, "postmaster.pid")) is { } postmaster && IsAlive(postmaster)) return;
        try { Directory.Delete(folder, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }

    /// <summary>What the owner file holds: the owner's pid, then the pid namespace it is a pid in.</summary>
    public static string OwnerRecord(int pid, string? pidNamespace = null) =>
        $"{pid.ToString(System.Globalization.CultureInfo.InvariantCulture)}\n{pidNamespace ?? OwnNamespace}\n";

    private static readonly string OwnNamespace = ReadNamespace();

    private static string ReadNamespace()
    {
        try
        {
            return new FileInfo("/proc/self/ns/pid").LinkTarget ?? "unknown";
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return "unknown";
        }
    }

    private static bool SameNamespace(string ownerFile)
    {
        try
        {
            return File.ReadLines(ownerFile).Skip(1).FirstOrDefault() is { } ns && ns == OwnNamespace && ns != "unknown";
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    /// <summary>The pid on a file's first line; null when there is no such file (or it holds none).</summary>
    private static int? Pid(string file)
    {
        try
        {
            return int.TryParse(File.ReadLines(file).FirstOrDefault(), out var pid) ? pid : null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    private static bool IsAlive(int pid)
    {
        try
        {
            using var process = Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (Exception ex) when (ex is ArgumentException or InvalidOperationException)
        {
            return false;
        }
    }

    private static void Run(string file, string[] args, bool asPostgres, bool check = true)
    {
        var info = asPostgres ? new ProcessStartInfo("runuser") : new ProcessStartInfo(file);
        if (asPostgres) foreach (var a in new[] { "-u", "postgres", "--", file }) info.ArgumentList.Add(a);
        foreach (var a in args) info.ArgumentList.Add(a);
        info.RedirectStandardOutput = info.RedirectStandardError = true;
        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (check && process.ExitCode != 0) throw new InvalidOperationException($"{Path.GetFileName(file)} failed: {output.Result}{error}");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
