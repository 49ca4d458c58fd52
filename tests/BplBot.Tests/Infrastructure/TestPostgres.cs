using Npgsql;

namespace BplBot.Tests.Infrastructure;

/// <summary>
/// The PostgreSQL server the PostgreSQL variants of the tests run on: the one <c>BPL_TEST_POSTGRES</c> names (an
/// Npgsql connection string that may create databases; <c>.ci/run</c> starts one and sets it), else one this test run
/// starts itself from the machine's PostgreSQL binaries in a temporary folder (<see cref="LocalPostgres"/>: stopped
/// when the run ends, or by a later run if this one is killed). Without either, every PostgreSQL variant fails and says
/// so: it is never passed silently. Each test gets its own database.
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
        // Servers left running by test runs that were killed before they could stop theirs.
        LocalPostgres.ReapStale(Path.GetTempPath());
        var server = LocalPostgres.Start(Path.GetTempPath(), Environment.ProcessId) ?? throw new InvalidOperationException(
            $"The PostgreSQL variants of the tests need a PostgreSQL server: set {Variable} to an Npgsql connection string " +
            "(one that may create databases), or install PostgreSQL (Debian: apt-get install postgresql) so the tests can start one.");
        AppDomain.CurrentDomain.ProcessExit += (_, _) => server.Stop();
        return server.ConnectionString;
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
