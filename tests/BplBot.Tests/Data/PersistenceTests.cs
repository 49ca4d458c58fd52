using BplBot.Conversations;
using BplBot.Data;
using BplBot.Newsletter;
using BplBot.Tests.CheckIn;
using BplBot.Tests.Infrastructure;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BplBot.Tests.Data;

/// <summary>What the database itself must get right, on each provider.</summary>
public abstract class PersistenceTests(DatabaseProvider provider) : ProviderTests(provider)
{
    [Fact]
    public async Task PooledContexts_QueueTheirWritesOnTheWriteGate_OnSqliteOnly()
    {
        await using var app = new BotApplication(Provider);
        app.AsFatima();
        await app.SayAsync("hjälp"); // a turn has used a context and given it back to the pool
        for (var i = 0; i < 3; i++)
            Assert.Equal(Provider == DatabaseProvider.Sqlite, app.WithDb(db => db.WritesAreGated));
    }

    [Fact]
    public async Task StockholmLocalInstant_IsStoredAsUtc_AndComparedAsTheSameInstant()
    {
        await using var app = new BotApplication(Provider);
        _ = app.Server;
        var local = new DateTimeOffset(2027, 6, 1, 9, 0, 0, TimeSpan.FromHours(2)); // 07:00 UTC

        app.WithDb(db =>
        {
            db.ProcessedActivities.Add(new ProcessedActivity("msteams", "a:1", "summer", local));
            return db.SaveChanges();
        });

        var stored = app.WithDb(db => db.ProcessedActivities.AsNoTracking().Single(p => p.ActivityId == "summer").ReceivedAt);
        Assert.Equal(local, stored);
        Assert.Equal(TimeSpan.Zero, stored.Offset);
        // Compared in SQL against a UTC value of the same instant, and against one a minute earlier.
        Assert.Equal(1, app.WithDb(db => db.ProcessedActivities.Count(p => p.ReceivedAt == local.ToUniversalTime())));
        Assert.Equal(1, app.WithDb(db => db.ProcessedActivities.Count(p => p.ReceivedAt > new DateTimeOffset(2027, 6, 1, 6, 59, 0, TimeSpan.Zero))));
    }

    [Fact]
    public async Task NewsletterLink_MadeByOneInstance_OpensOnAnother()
    {
        await using var first = new BotApplication(Provider);
        _ = first.Server;
        var link = first.Services.GetRequiredService<NewsletterLinks>().Create(42, "docx");

        // A second instance on the same database (on SQLite: the same file, after the first stopped).
        var folder = first.Folder;
        if (Provider == DatabaseProvider.Sqlite) await first.DisposeAsync();
        await using var second = new BotApplication(Provider, folder);
        _ = second.Server;

        var token = link[(link.LastIndexOf('/') + 1)..];
        Assert.Equal((42, "docx"), second.Services.GetRequiredService<NewsletterLinks>().Read(token));
        Assert.Single(second.WithDb(db => db.DataProtectionKeys.AsNoTracking().ToList()));
    }

    [Fact]
    public async Task DialogState_SecondWriterOfAStaleVersion_GetsAConflict()
    {
        await using var app = new BotApplication(Provider);
        _ = app.Server;
        app.WithDb(db =>
        {
            var state = db.DialogStates.Add(new BplBot.Dialogs.DialogState(new("msteams", "a:1", "u"), "checkin", DateTimeOffset.UtcNow)).Entity;
            state.Save("Rating", "{}", DateTimeOffset.UtcNow, TimeSpan.FromHours(1));
            return db.SaveChanges();
        });
        using var a = app.Services.CreateScope();
        using var b = app.Services.CreateScope();
        var first = a.ServiceProvider.GetRequiredService<BplDbContext>().DialogStates.Single();
        var second = b.ServiceProvider.GetRequiredService<BplDbContext>().DialogStates.Single();

        first.Save("Reason", "{}", DateTimeOffset.UtcNow, TimeSpan.FromHours(1));
        await a.ServiceProvider.GetRequiredService<BplDbContext>().SaveChangesAsync();
        second.Save("Measures", "{}", DateTimeOffset.UtcNow, TimeSpan.FromHours(1));

        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => b.ServiceProvider.GetRequiredService<BplDbContext>().SaveChangesAsync());
        Assert.Equal("Reason", app.WithDb(db => db.DialogStates.AsNoTracking().Single().Step));
    }

    [Fact]
    public async Task KeyFilesFromAnEarlierVersion_AreImportedOnce_AndTheirLinksStillOpen()
    {
        // An earlier version kept its keys in keys/ beside the SQLite file (on PostgreSQL: DataProtection:ImportKeysFrom).
        var folder = Directory.CreateTempSubdirectory("bplbot-test-").FullName;
        var keys = Path.Combine(folder, "keys");
        var old = DataProtectionProvider.Create(new DirectoryInfo(keys), b => b.SetApplicationName("BplBot"));
        var token = old.CreateProtector("BplBot.Newsletter.v1").ToTimeLimitedDataProtector().Protect("7|html", DateTimeOffset.UtcNow.AddHours(1)) + ".html";
        var settings = new Dictionary<string, string?> { ["DataProtection:ImportKeysFrom"] = keys };

        string[] names;
        await using (var app = new BotApplication(Provider, folder, settings))
        {
            _ = app.Server;
            Assert.Equal((7, "html"), app.Services.GetRequiredService<NewsletterLinks>().Read(token));
            names = app.WithDb(db => db.DataProtectionKeys.AsNoTracking().Select(k => k.FriendlyName!).ToArray());
        }
        await using var again = new BotApplication(Provider, folder, settings);
        _ = again.Server;

        Assert.Equal(names, again.WithDb(db => db.DataProtectionKeys.AsNoTracking().Select(k => k.FriendlyName!).ToArray()));
        Assert.Contains(Path.GetFileNameWithoutExtension(Directory.GetFiles(keys, "key-*.xml").Single()), names);
    }
}

public sealed class PersistenceTestsOnSqlite() : PersistenceTests(DatabaseProvider.Sqlite)
{
    [Fact]
    public async Task DataFolderAndDatabase_AreOwnerOnly()
    {
        if (OperatingSystem.IsWindows()) return; // Unix permissions; Windows has ACLs of its own
        // The bot creates the data folder itself, whatever the process umask (usually 0022).
        var folder = Path.Combine(Directory.CreateTempSubdirectory("bplbot-test-").FullName, "data");
        await using var app = new BotApplication(folder: folder);
        _ = app.Server;
        await app.SendAsync(TeamsActivities.InstallPersonal());

        var others = UnixFileMode.GroupRead | UnixFileMode.GroupWrite | UnixFileMode.GroupExecute
            | UnixFileMode.OtherRead | UnixFileMode.OtherWrite | UnixFileMode.OtherExecute;
        Assert.Equal((UnixFileMode)0, File.GetUnixFileMode(folder) & others);
        var files = Directory.GetFiles(folder, "bplbot.db*");
        Assert.Contains(files, f => f.EndsWith("-wal", StringComparison.Ordinal));
        foreach (var file in files) Assert.Equal((UnixFileMode)0, File.GetUnixFileMode(file) & others);
    }
}

public sealed class PersistenceTestsOnPostgreSql() : PersistenceTests(DatabaseProvider.PostgreSql);

/// <summary>Each provider's migrations match the one model: CI fails when a model change lacks a migration for either.</summary>
public sealed class MigrationTests
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public void Model_HasNoChangesWithoutAMigration(DatabaseProvider provider)
    {
        using var db = new BplDbContext(DesignTimeFactory.Options(provider));
        Assert.False(db.Database.HasPendingModelChanges(),
            $"The model has changed since the last {provider} migration: add one for each provider (README, 'Changing the model').");
    }
}
