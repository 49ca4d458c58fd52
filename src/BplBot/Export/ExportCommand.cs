using BplBot.Audit;
using BplBot.Data;
using BplBot.Domain.Audit;
using BplBot.Hosting;
using Microsoft.EntityFrameworkCore;

namespace BplBot.Export;

/// <summary>
/// <c>dotnet run --project src/BplBot -- export --out bplbot-export.zip</c>: the archive export of the database the bot's
/// settings name, written to a file, without starting the bot (it may be running: the database is read as it is).
/// Audited as done by the operator.
/// </summary>
public static class ExportCommand
{
    public const string Verb = "export";

    public static async Task<int> RunAsync(string[] args)
    {
        var rest = args.Skip(1).ToList();
        var output = $"bplbot-export-{DateTime.UtcNow:yyyy-MM-dd}.zip";
        var at = rest.IndexOf("--out");
        if (at >= 0 && at + 1 < rest.Count)
        {
            output = rest[at + 1];
            rest.RemoveRange(at, 2);
        }
        var builder = WebApplication.CreateBuilder(rest.ToArray());
        builder.UseRootSettings();
        builder.Logging.ClearProviders();
        try
        {
            builder.AddPersistence();
        }
        catch (InvalidOperationException e)
        {
            await Console.Error.WriteLineAsync(e.Message);
            return 2;
        }
        builder.Services.AddSingleton(TimeProvider.System);
        AddExport(builder.Services);
        await using var app = builder.Build();
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<BplDbContext>();
        var problem = Problem(db) ?? ((await db.Database.GetPendingMigrationsAsync()).Any() ? Outdated : null);
        if (problem is not null)
        {
            await Console.Error.WriteLineAsync(problem);
            return 2;
        }
        await scope.ServiceProvider.GetRequiredService<AuditTrail>().RecordAsync(AuditAction.ArchiveExported, AuditActor.Operator, null, detail: "cli");
        using var zip = new MemoryStream();
        await scope.ServiceProvider.GetRequiredService<ArchiveExport>().WriteAsync(zip, "operator", CancellationToken.None);
        var full = Path.GetFullPath(output);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        await File.WriteAllBytesAsync(full, zip.ToArray());
        Console.WriteLine($"The network's records are exported to {full} ({zip.Length / 1024} kB).");
        return 0;
    }

    /// <summary>The export's services, for the bot and for the command alike.</summary>
    public static void AddExport(IServiceCollection services)
    {
        services.AddScoped<AuditTrail>();
        services.AddScoped<ArchiveReader>();
        services.AddScoped<ArchiveExport>();
    }

    private const string Outdated = "The database was made by an older BplBot: start the bot once (it upgrades the database), then export.";

    /// <summary>
    /// A SQLite file that is not there (or is the empty file the settings' check leaves behind) holds nothing to export:
    /// say so instead of exporting an empty network.
    /// </summary>
    private static string? Problem(BplDbContext db)
    {
        if (!db.Database.IsSqlite()) return null;
        var file = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(db.Database.GetConnectionString()).DataSource;
        return File.Exists(file) && new FileInfo(file).Length > 0 ? null : $"There is no database at {file}: check ConnectionStrings:Bpl (the export reads the bot's own database).";
    }
}
