using BplBot.Hosting;

namespace BplBot.Data;

/// <summary>
/// Where the bot keeps its state: an embedded SQLite file (the default: one process, a local disk) or a PostgreSQL
/// database shared by any number of instances (<c>Database:Provider</c>).
/// </summary>
public enum DatabaseProvider
{
    Sqlite,
    PostgreSql,
}

public static class DatabaseProviders
{
    public const string SettingKey = "Database:Provider";

    /// <summary>The configured provider; an unknown name stops the start with one message naming the setting.</summary>
    public static DatabaseProvider FromConfiguration(IConfiguration configuration) => Parse(configuration[SettingKey]);

    public static DatabaseProvider Parse(string? name) => name?.Trim().ToLowerInvariant() switch
    {
        null or "" or "sqlite" => DatabaseProvider.Sqlite,
        "postgresql" or "postgres" or "npgsql" => DatabaseProvider.PostgreSql,
        _ => throw new SettingException(SettingKey,
            $"{SettingKey} '{name}' is not a database the bot knows: write Sqlite (the default, one process on a local disk) or PostgreSQL (any number of instances)."),
    };
}

/// <summary>The provider this process runs on, for the few places that differ (locks, claims, the scheduler's store).</summary>
public sealed record ActiveDatabase(DatabaseProvider Provider)
{
    public bool IsPostgreSql => Provider == DatabaseProvider.PostgreSql;
}
