using BplBot.Data;
using System.Net;
using System.Net.Http.Json;
using BplBot.Health;
using BplBot.Network;
using BplBot.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static BplBot.Tests.Infrastructure.TeamsActivities;

namespace BplBot.Tests.Network;

public abstract class NetworkStartupTests(DatabaseProvider provider) : ProviderTests(provider)
{
    private static string ExampleFile => Path.Combine(NetworkFileReaderTests.RepositoryRoot(), "docs", "network.example.json");

    [Fact]
    public async Task EmptyDatabase_WithoutAFile_GetsTheDemoNetwork()
    {
        await using var app = new BotApplication(Provider);
        _ = app.Server;

        Assert.Equal(7, app.WithDb(db => db.Teams.Count()));
        Assert.True(app.WithDb(db => db.NetworkInfo.Single().IsDemo));
        Assert.True(app.WithDb(db => db.MeasureValues.Count()) >= 7 * 14);
        Assert.True(app.WithDb(db => db.Meetings.Count()) >= 2);
    }

    [Fact]
    public async Task NetworkFile_IsLoaded_AndDemoCommandIsRefused()
    {
        await using var app = new BotApplication(Provider, settings: new() { ["Network:File"] = ExampleFile });
        await app.SendAsync(PersonalMessage("demo samordnare"));

        Assert.Equal(["attarp", "nassjo"], app.WithDb(db => db.Teams.Select(t => t.Key).OrderBy(k => k).ToList()));
        Assert.Equal(NetworkSource.File, app.WithDb(db => db.NetworkInfo.Single().Source));
        Assert.Contains("finns bara när demonätverket används", Assert.Single(app.Connector.SentTexts), StringComparison.Ordinal);
    }

    [Fact]
    public async Task NetworkFile_ImportedTwice_ChangesNothing_AndKeepsRolesGivenSince()
    {
        string folder;
        await using (var first = new BotApplication(Provider, settings: new() { ["Network:File"] = ExampleFile }))
        {
            folder = first.Folder;
            _ = first.Server;
        }
        await using var second = new BotApplication(Provider, folder, new() { ["Network:File"] = ExampleFile });
        _ = second.Server;

        Assert.Equal(2, second.WithDb(db => db.Teams.Count()));
        Assert.Equal(3, second.WithDb(db => db.People.Count()));
        Assert.Equal(2, second.WithDb(db => db.MeasureValues.Count()));
    }

    [Fact]
    public async Task Healthz_ReportsDatabaseAndScheduler()
    {
        await using var app = new BotApplication(Provider);
        var client = app.CreateClient();
        // Quartz starts its scheduler once the application has started; until then health says so with a 503.
        HttpResponseMessage response;
        var deadline = DateTime.UtcNow.AddSeconds(15);
        do
        {
            response = await client.GetAsync(new Uri("/healthz", UriKind.Relative));
            var report = await response.Content.ReadFromJsonAsync<HealthReport>();
            Assert.Equal("ok", report!.Database);
            if (response.StatusCode == HttpStatusCode.ServiceUnavailable) Assert.NotEqual("running", report.Scheduler);
            else
            {
                Assert.Equal(("healthy", "ok", "running"), (report.Status, report.Database, report.Scheduler));
                Assert.Equal(Provider == DatabaseProvider.Sqlite ? "sqlite" : "postgresql", report.Provider);
                // On PostgreSQL the cluster's scheduler instances are listed (here: this one); SQLite has no cluster.
                if (Provider == DatabaseProvider.PostgreSql) Assert.True(Assert.Single(report.Cluster!).ThisInstance);
                else Assert.Null(report.Cluster);
            }
            if (response.StatusCode == HttpStatusCode.OK) break;
            await Task.Delay(100);
        }
        while (DateTime.UtcNow < deadline);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}

public sealed class NetworkStartupTestsOnSqlite() : NetworkStartupTests(DatabaseProvider.Sqlite)
{
    [Fact]
    public async Task Database_IsInWalMode()
    {
        await using var app = new BotApplication();
        _ = app.Server;

        var mode = app.WithDb(db => db.Database.SqlQueryRaw<string>("SELECT journal_mode AS Value FROM pragma_journal_mode").Single());
        Assert.Equal("wal", mode);
    }
}

public sealed class NetworkStartupTestsOnPostgreSql() : NetworkStartupTests(DatabaseProvider.PostgreSql);
