using BplBot.Hosting;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.Options;
using Npgsql;

namespace BplBot.Data;

public static class PersistenceExtensions
{
    public const string ConnectionStringName = "Bpl";
    private const string ConnectionStringKey = "ConnectionStrings:" + ConnectionStringName;
    private const string DefaultConnectionString = "Data Source=data/bplbot.db";

    /// <summary>
    /// EF Core on the database <c>Database:Provider</c> names (SQLite by default, or PostgreSQL) at
    /// <c>ConnectionStrings:Bpl</c>; migrations and the network load run at start.
    /// </summary>
    public static WebApplicationBuilder AddPersistence(this WebApplicationBuilder builder)
    {
        var provider = DatabaseProviders.FromConfiguration(builder.Configuration);
        var connectionString = builder.Configuration.GetConnectionString(ConnectionStringName);
        if (string.IsNullOrWhiteSpace(connectionString)) connectionString = provider == DatabaseProvider.Sqlite ? DefaultConnectionString : string.Empty;
        connectionString = provider == DatabaseProvider.Sqlite ? PrepareSqlite(connectionString, builder) : PreparePostgreSql(connectionString);
        builder.Configuration[ConnectionStringKey] = connectionString;

        builder.Services.AddSingleton(new ActiveDatabase(provider));
        builder.Services.AddSingleton<WriteSignal>();
        builder.Services.AddSingleton<ReadCache>();
        if (provider == DatabaseProvider.Sqlite)
        {
            // One process owns a SQLite file: its writes queue on one gate, and the pragmas suit a local disk.
            builder.Services.AddSingleton<SqliteWriteGate>();
            builder.Services.AddSingleton<SqliteClaimBatch>();
            builder.Services.AddDbContextPool<BplDbContext>((sp, options) =>
            {
                var signal = sp.GetRequiredService<WriteSignal>();
                options.UseSqlite(connectionString).AddInterceptors(new SqlitePragmas(), signal, signal.Commits)
                    .AddInterceptors(sp.GetServices<Microsoft.EntityFrameworkCore.Diagnostics.IInterceptor>())
                    .ReplaceService<IMigrationsAssembly, ProviderMigrationsAssembly>();
            });
        }
        else
        {
            builder.Services.AddDbContextPool<BplDbContext>((sp, options) =>
            {
                var signal = sp.GetRequiredService<WriteSignal>();
                options.UseNpgsql(connectionString).AddInterceptors(signal, signal.Commits)
                    .AddInterceptors(sp.GetServices<Microsoft.EntityFrameworkCore.Diagnostics.IInterceptor>())
                    .ReplaceService<IMigrationsAssembly, ProviderMigrationsAssembly>();
            });
        }
        builder.Services.AddSingleton<ClusterLocks>();
        var instance = InstanceName.FromConfiguration(builder.Configuration);
        builder.Configuration[InstanceName.SettingKey] = instance.Value; // Quartz's instance id is the same name
        builder.Services.AddSingleton(instance);
        builder.Services.AddHostedService<DatabaseInitializer>();
        // One key ring for every instance, in the database: a chart or newsletter link made by one opens on another.
        // Registered after the initializer, so Data Protection's own start reads the key ring once the table exists.
        builder.Services.AddDataProtection().SetApplicationName("BplBot").PersistKeysToDbContext<BplDbContext>();
        return builder;
    }

    public static string ConnectionString(this IConfiguration configuration) =>
        configuration.GetConnectionString(ConnectionStringName)
        ?? throw new InvalidOperationException("AddPersistence must run first.");

    /// <summary>Makes the path absolute (Quartz and EF must open the same file) and creates its folder, owner-only.</summary>
    private static string PrepareSqlite(string connectionString, WebApplicationBuilder builder)
    {
        SqliteConnectionStringBuilder csb;
        try
        {
            csb = new SqliteConnectionStringBuilder(connectionString);
        }
        catch (ArgumentException e)
        {
            throw new SettingException(ConnectionStringKey,
                $"{ConnectionStringKey} is not a valid SQLite connection string ({e.Message}). Write it as \"Data Source=data/bplbot.db\".", e);
        }
        if (string.IsNullOrWhiteSpace(csb.DataSource) || csb.DataSource == ":memory:" || csb.Mode == SqliteOpenMode.Memory)
            throw new SettingException(ConnectionStringKey,
                $"{ConnectionStringKey} must name a database file (e.g. \"Data Source=data/bplbot.db\"): the bot keeps its state on disk.");
        csb.DataSource = builder.ResolveSettingsPath(csb.DataSource);
        try
        {
            DataFolder.Prepare(csb.DataSource);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new SettingException(ConnectionStringKey,
                $"The folder of the database file named by {ConnectionStringKey} cannot be created ({e.Message}). Point it at a folder the bot may write.", e);
        }
        return csb.ToString();
    }

    /// <summary>An Npgsql connection string with a host; TCP keepalive on, so a half-dead session (and its locks) is noticed.</summary>
    private static string PreparePostgreSql(string connectionString)
    {
        NpgsqlConnectionStringBuilder csb;
        try
        {
            csb = new NpgsqlConnectionStringBuilder(connectionString);
        }
        catch (ArgumentException e)
        {
            throw new SettingException(ConnectionStringKey, $"{ConnectionStringKey} is not a valid PostgreSQL connection string ({e.Message}). Write it as \"Host=db.example.se;Database=bplbot;Username=bplbot;Password=…\".");
        }
        if (string.IsNullOrWhiteSpace(csb.Host) || string.IsNullOrWhiteSpace(csb.Database))
            throw new SettingException(ConnectionStringKey, $"With {DatabaseProviders.SettingKey}=PostgreSQL, {ConnectionStringKey} must name a PostgreSQL server and database, e.g. \"Host=db.example.se;Database=bplbot;Username=bplbot;Password=…\".");
        if (csb.KeepAlive == 0) csb.KeepAlive = 30;
        return csb.ConnectionString;
    }
}
