using System.Diagnostics;
using BplBot.Tests.Infrastructure;
using Npgsql;

namespace BplBot.Tests.Data;

/// <summary>
/// The PostgreSQL servers test runs start for themselves: one whose test process was killed is stopped and its folder
/// removed by the next run; one whose test process is alive, of another pid namespace, or that names none, is left alone.
/// </summary>
public sealed class StaleTestServerTests
{
    [Fact]
    public async Task AServerWhoseTestRunDied_IsStoppedAndRemoved_AndALiveRunsFolderIsLeftAlone()
    {
        // A parent of its own (not /tmp itself), open to the postgres user the server runs as when the tests run as root.
        var parent = Directory.CreateTempSubdirectory("bplbot-reap-test-").FullName;
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(parent, (UnixFileMode)0b111_101_101);
        LocalPostgres.Server? stale = null;
        try
        {
            stale = LocalPostgres.Start(parent, DeadPid());
            Assert.True(stale is not null, "PostgreSQL is not installed: apt-get install postgresql");
            await using (var before = new NpgsqlConnection(stale.ConnectionString)) await before.OpenAsync();
            var alive = Owned(parent, "alive", Environment.ProcessId);
            var unknown = Directory.CreateDirectory(Path.Combine(parent, LocalPostgres.FolderPrefix + "unknown")).FullName;
            // A dead-looking pid of another pid namespace (a container sharing /tmp) may be a live process there.
            var elsewhere = Owned(parent, "elsewhere", DeadPid(), pidNamespace: "pid:[1]");

            LocalPostgres.ReapStale(parent);

            Assert.False(Directory.Exists(stale.Folder));
            await using var after = new NpgsqlConnection(stale.ConnectionString + ";Timeout=3");
            await Assert.ThrowsAsync<NpgsqlException>(() => after.OpenAsync());
            Assert.True(File.Exists(Path.Combine(alive, LocalPostgres.OwnerFile)));
            Assert.True(Directory.Exists(unknown));
            Assert.True(Directory.Exists(elsewhere));
        }
        finally
        {
            stale?.Stop();
            Directory.Delete(parent, recursive: true);
        }
    }

    /// <summary>The pid of a process that has ended (a new one gets it again only after the pids wrap around).</summary>
    private static int DeadPid()
    {
        using var process = Process.Start(new ProcessStartInfo("true"))!;
        process.WaitForExit();
        return process.Id;
    }

    private static string Owned(string parent, string name, int pid, string? pidNamespace = null)
    {
        var folder = Directory.CreateDirectory(Path.Combine(parent, LocalPostgres.FolderPrefix + name)).FullName;
        File.WriteAllText(Path.Combine(folder, LocalPostgres.OwnerFile), LocalPostgres.OwnerRecord(pid, pidNamespace));
        return folder;
    }
}
