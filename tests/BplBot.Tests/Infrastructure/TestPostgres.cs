using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace BplBot.Tests.Infrastructure;

/// <summary>
/// The PostgreSQL server the PostgreSQL variants of the tests run on: the one <c>BPL_TEST_POSTGRES</c> names (an
/// Npgsql connection string that may create databases; <c>.ci/run</c> starts one and sets it), else one this test run
/// starts itself from the machine's PostgreSQL binaries in a temporary folder (stopped when the run ends). Without
/// either, every PostgreSQL variant fails and says so: it is never passed silently. Each test gets its own database.
/// </summary>
public static class TestPostgres
{
    public const string Variable = "BPL_TEST_POSTGRES";
    private static readonly Lazy<string> Server = new(Find, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>A connection string to a fresh database named after <paramref name="name"/> (created if missing).</summary>
    public static string Database(string name)
    {
        var server = Server.Value;
        var database = "bpl_" + new string(name.ToLowerInvariant().Where(char.IsAsciiLetterOrDigit).ToArray());
        using (var connection = new NpgsqlConnection(server))
        {
            connection.Open();
            using var exists = new NpgsqlCommand("SELECT 1 FROM pg_database WHERE datname = @name", connection);
            exists.Parameters.AddWithValue("name", database);
            if (exists.ExecuteScalar() is null)
            {
                using var create = new NpgsqlCommand($"CREATE DATABASE \"{database}\"", connection);
                create.ExecuteNonQuery();
            }
        }
        return new NpgsqlConnectionStringBuilder(server) { Database = database, MaxPoolSize = 20, ConnectionIdleLifetime = 15, ConnectionPruningInterval = 5 }.ConnectionString;
    }

    /// <summary>The server's connection string (its maintenance database), for tests that start real bot processes.</summary>
    public static string ServerConnectionString => Server.Value;

    private static string Find()
    {
        if (Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } configured) return configured;
        return LocalServer.Start() ?? throw new InvalidOperationException(
            $"The PostgreSQL variants of the tests need a PostgreSQL server: set {Variable} to an Npgsql connection string " +
            "(one that may create databases), or install PostgreSQL (Debian: apt-get install postgresql) so the tests can start one.");
    }

    /// <summary>initdb + pg_ctl in a temporary folder on a free loopback port; as root, the server runs as the postgres user.</summary>
    private static class LocalServer
    {
        public static string? Start()
        {
            var bin = Directory.Exists("/usr/lib/postgresql")
                ? Directory.GetDirectories("/usr/lib/postgresql").Select(d => Path.Combine(d, "bin")).Where(d => File.Exists(Path.Combine(d, "initdb"))).Order().LastOrDefault()
                : null;
            if (bin is null || OperatingSystem.IsWindows()) return null;
            var root = Environment.UserName == "root";
            var data = Directory.CreateTempSubdirectory("bplbot-pg-").FullName;
            if (root) Run("chown", ["postgres:postgres", data], asPostgres: false);
            var port = FreePort();
            Run(Path.Combine(bin, "initdb"), ["-D", data, "-U", "postgres", "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8"], root);
            Run(Path.Combine(bin, "pg_ctl"), ["-D", data, "-l", Path.Combine(data, "log"), "-w", "-t", "60", "-o",
                $"-c listen_addresses=127.0.0.1 -p {port} -k {data} -c fsync=off -c synchronous_commit=off -c max_connections=400", "start"], root);
            AppDomain.CurrentDomain.ProcessExit += (_, _) =>
            {
                Run(Path.Combine(bin, "pg_ctl"), ["-D", data, "-m", "immediate", "stop"], root, check: false);
                try { Directory.Delete(data, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
            };
            return $"Host=127.0.0.1;Port={port};Username=postgres;Database=postgres";
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
}

/// <summary>
/// A test class whose body runs on each provider: declare it abstract over this, and two one-line classes run it,
/// e.g. <c>public sealed class InstallTestsOnSqlite() : InstallTests(DatabaseProvider.Sqlite);</c>.
/// </summary>
public abstract class ProviderTests(BplBot.Data.DatabaseProvider provider)
{
    protected BplBot.Data.DatabaseProvider Provider { get; } = provider;
}
