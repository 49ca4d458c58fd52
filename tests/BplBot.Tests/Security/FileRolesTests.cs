using BplBot.Data;
using BplBot.Domain.Network;
using BplBot.Tests.CheckIn;
using BplBot.Tests.Infrastructure;
using BplBot.Tests.Network;
using Microsoft.EntityFrameworkCore;
using static BplBot.Tests.Infrastructure.TeamsActivities;

namespace BplBot.Tests.Security;

/// <summary>Security review F7: the network file revokes what it gave; roles given in chat stay.</summary>
public abstract class FileRolesTests(DatabaseProvider provider) : ProviderTests(provider)
{
    private static string ExampleFile => Path.Combine(NetworkFileReaderTests.RepositoryRoot(), "docs", "network.example.json");

    private static async Task<string> CopyAsync()
    {
        var file = Path.Combine(Directory.CreateTempSubdirectory("bplbot-network-").FullName, "network.json");
        await File.WriteAllTextAsync(file, await File.ReadAllTextAsync(ExampleFile));
        return file;
    }

    private static List<Role> RolesOf(BotApplication app, string email) =>
        app.WithDb(db => db.People.AsNoTracking().Single(p => p.Email == email).Roles.Select(r => r.Role).Order().ToList());

    [Fact]
    public async Task RemovingACoordinatorFromTheFile_RevokesTheRole_AndALeaversRoles()
    {
        var file = await CopyAsync();
        string folder;
        await using (var first = new BotApplication(Provider, settings: new() { ["Network:File"] = file }))
        {
            folder = first.Folder;
            Assert.Equal([Role.Coordinator], RolesOf(first, "samordnare@example.se"));
        }
        var json = await File.ReadAllTextAsync(file);
        json = json.Replace("\"roles\": [ { \"role\": \"samordnare\" } ]", "\"roles\": [ { \"role\": \"medlem\", \"team\": \"nassjo\" } ]", StringComparison.Ordinal);
        json = json.Replace("    { \"name\": \"Exempel Coach\"", "    { \"name\": \"Kvar Coach\", \"email\": \"kvar@example.se\", \"roles\": [] },\n    { \"name\": \"Exempel Coach2\"", StringComparison.Ordinal)
            .Replace("\"email\": \"coach@example.se\"", "\"email\": \"annan@example.se\"", StringComparison.Ordinal);
        await File.WriteAllTextAsync(file, json);

        await using var second = new BotApplication(Provider, folder, new() { ["Network:File"] = file });
        _ = second.Server;

        Assert.Equal([Role.Member], RolesOf(second, "samordnare@example.se"));
        Assert.Empty(RolesOf(second, "coach@example.se")); // no longer in the file at all
        Assert.Contains(second.Logs.Lines, l => l.Contains("revoked: the network file no longer gives it", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ARoleGivenInChat_SurvivesAReimport()
    {
        var file = await CopyAsync();
        string folder;
        await using (var first = new BotApplication(Provider, settings: new() { ["Network:File"] = file }))
        {
            folder = first.Folder;
            await first.SendAsync(PersonalMessage("roll medlem ny.person@example.se Attarp", aad: "00000000-0000-0000-0000-00000000c001"));
            Assert.Contains("är nu medlem i Attarp", first.Connector.SentTexts[^1], StringComparison.Ordinal);
        }
        await File.AppendAllTextAsync(file, " "); // a changed file is imported again

        await using var second = new BotApplication(Provider, folder, new() { ["Network:File"] = file });
        _ = second.Server;

        Assert.Equal([Role.Member], RolesOf(second, "ny.person@example.se"));
        Assert.Equal([Role.Coordinator], RolesOf(second, "samordnare@example.se"));
    }
}

public sealed class FileRolesTestsOnSqlite() : FileRolesTests(DatabaseProvider.Sqlite);

public sealed class FileRolesTestsOnPostgreSql() : FileRolesTests(DatabaseProvider.PostgreSql);
