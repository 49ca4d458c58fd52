using BplBot.Hosting;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace BplBot.Data;

public static class PersistenceExtensions
{
    public const string ConnectionStringName = "Bpl";
    private const string ConnectionStringKey = "ConnectionStrings:" + ConnectionStringName;
    private const string DefaultConnectionString = "Data Source=data/bplbot.db";

    /// <summary>EF Core on the SQLite file named by <c>ConnectionStrings:Bpl</c>; migrations and the network load run at start.</summary>
    public static WebApplicationBuilder AddPersistence(this WebApplicationBuilder builder)
    {
        var connectionString = builder.Configuration.GetConnectionString(ConnectionStringName);
        if (string.IsNullOrWhiteSpace(connectionString)) connectionString = DefaultConnectionString;
        connectionString = PrepareSqlite(connectionString, builder);
        builder.Configuration[$"ConnectionStrings:{ConnectionStringName}"] = connectionString;

        builder.Services.AddSingleton<SqliteWriteGate>();
        builder.Services.AddSingleton<WriteSignal>();
        builder.Services.AddSingleton<ReadCache>();
        builder.Services.AddDbContext<BplDbContext>((sp, options) =>
        {
            var signal = sp.GetRequiredService<WriteSignal>();
            options.UseSqlite(connectionString).AddInterceptors(new SqlitePragmas(), signal, signal.Commits)
                .AddInterceptors(sp.GetServices<Microsoft.EntityFrameworkCore.Diagnostics.IInterceptor>());
        });
        builder.Services.AddHostedService<DatabaseInitializer>();
        return builder;
    }

    public static string ConnectionString(this IConfiguration configuration) =>
        configuration.GetConnectionString(ConnectionStringName)
        ?? throw new InvalidOperationException("AddPersistence must run first.");

    /// <summary>Makes the path absolute (Quartz and EF must open the same file) and creates its folder.</summary>
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
            Directory.CreateDirectory(Path.GetDirectoryName(csb.DataSource)!);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new SettingException(ConnectionStringKey,
                $"The folder of the database file named by {ConnectionStringKey} cannot be created ({e.Message}). Point it at a folder the bot may write.", e);
        }
        return csb.ToString();
    }
}
