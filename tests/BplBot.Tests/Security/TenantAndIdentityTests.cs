using BplBot.Data;
using BplBot.Tests.Infrastructure;
using BplBot.Tests.Network;
using Microsoft.EntityFrameworkCore;
using static BplBot.Tests.Infrastructure.TeamsActivities;

namespace BplBot.Tests.Security;

/// <summary>
/// Security review F1 and F2: with a real app id nobody becomes a coordinator by accident, and a Teams account is
/// trusted only from our tenants, by its AAD object id or the UPN its tenant vouches for.
/// </summary>
public abstract class TenantAndIdentityTests(DatabaseProvider provider) : ProviderTests(provider)
{
    private const string Intruder = "eeeeeeee-0000-0000-0000-00000000000e";
    private static string ExampleFile => Path.Combine(NetworkFileReaderTests.RepositoryRoot(), "docs", "network.example.json");

    [Fact]
    public async Task TokenMode_WithoutNetworkFile_DoesNotStart()
    {
        var folder = Directory.CreateTempSubdirectory("bplbot-test-").FullName;
        var settings = new Dictionary<string, string>
        {
            ["ConnectionStrings__Bpl"] = $"Data Source={Path.Combine(folder, "bplbot.db")}",
            ["Network__File"] = "",
            ["Bot__AppId"] = TokenMode.AppId,
            ["Bot__AppPassword"] = "test-secret",
            ["Bot__TenantId"] = TenantId,
        };

        var (exitCode, output) = await BotProcess.RunUntilExitAsync(settings, TimeSpan.FromSeconds(60));

        Assert.Equal(1, exitCode);
        Assert.Contains("Bot:AppId is set but Network:File is empty", output, StringComparison.Ordinal);
        Assert.Contains("Network:Demo=true", output, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", output, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(folder, "bplbot.db")) && new FileInfo(Path.Combine(folder, "bplbot.db")).Length > 0
            && HoldsTeams(Path.Combine(folder, "bplbot.db")), "no demo network was loaded");
    }

    private static bool HoldsTeams(string database)
    {
        using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={database};Mode=ReadOnly");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM sqlite_master WHERE name = 'Teams'";
        if ((long)command.ExecuteScalar()! == 0) return false;
        command.CommandText = "SELECT count(*) FROM Teams";
        return (long)command.ExecuteScalar()! > 0;
    }

    [Fact]
    public async Task TokenMode_WithDemoAskedForByName_RunsTheDemo_AndSaysSoAtStart()
    {
        await using var app = new BotApplication(Provider, new TokenMode(), settings: new() { ["Network:Demo"] = "true" });
        await app.SendAsync(PersonalMessage("demo samordnare"));

        Assert.Contains("Du är nu samordnare i demonätverket", Assert.Single(app.Connector.SentTexts), StringComparison.Ordinal);
        Assert.Contains(app.Logs.Lines, l => l.Contains("Network:Demo=true with a Bot:AppId", StringComparison.Ordinal));
        Assert.StartsWith("Bearer ", Assert.Single(app.Connector.Sent).Authorization, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DemoCommand_WithValidatedToken_AndTheRealNetwork_IsRefused()
    {
        await using var app = new BotApplication(Provider, new TokenMode(), settings: new() { ["Network:File"] = ExampleFile });
        await app.SendAsync(PersonalMessage("demo samordnare"));

        Assert.Contains("finns bara när demonätverket används", Assert.Single(app.Connector.SentTexts), StringComparison.Ordinal);
        Assert.Equal(0, app.WithDb(db => db.People.Count(p => p.AadObjectId == UserAad)));
        Assert.Equal(1, app.WithDb(db => db.Roles.Count(r => r.Role == BplBot.Domain.Network.Role.Coordinator)));
    }

    [Fact]
    public async Task ForeignTenantActivity_IsIgnored_LeavingNoRows()
    {
        await using var app = new BotApplication(Provider, new TokenMode(), settings: new() { ["Network:File"] = ExampleFile });
        _ = app.Server;
        app.Connector.AddMember(UserId, "samordnare@example.se", "Intruder");

        await app.SendAsync(TokenMode.FromTenant(PersonalMessage("vem är jag"), TokenMode.ForeignTenant));
        await app.SendAsync(TokenMode.FromTenant(InstallPersonal(), TokenMode.ForeignTenant));

        Assert.Empty(app.Connector.Calls);
        Assert.Equal(0, app.WithDb(db => db.TeamsUsers.Count()));
        Assert.Equal(0, app.WithDb(db => db.ConversationReferences.Count()));
        Assert.Equal(0, app.WithDb(db => db.ProcessedActivities.Count()));
        Assert.Contains(app.Logs.Lines, l => l.Contains(TokenMode.ForeignTenant, StringComparison.Ordinal)
            && l.Contains("not in Bot:AllowedTenantIds", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AllowedTenantIds_AdmitEveryListedTenant()
    {
        const string municipality = "33333333-3333-3333-3333-333333333333";
        await using var app = new BotApplication(Provider, new TokenMode(), settings: new()
        {
            ["Network:File"] = ExampleFile,
            ["Bot:AllowedTenantIds:0"] = TenantId,
            ["Bot:AllowedTenantIds:1"] = municipality,
        });
        await app.SendAsync(TokenMode.FromTenant(PersonalMessage("hjälp"), municipality));
        await app.SendAsync(TokenMode.FromTenant(PersonalMessage("hjälp"), TokenMode.ForeignTenant));

        Assert.Single(app.Connector.SentTexts);
    }

    [Fact]
    public async Task EmailAlone_DoesNotMatch_TheUpnDoes()
    {
        await using var app = new BotApplication(Provider, new TokenMode(), settings: new() { ["Network:File"] = ExampleFile });
        _ = app.Server;
        app.Connector.Members[UserId] =
            $$"""{"id":"{{UserId}}","name":"Intruder","email":"medlem@example.se","userPrincipalName":"intruder@evil.onmicrosoft.com","tenantId":"{{TenantId}}"}""";
        await app.SendAsync(PersonalMessage("vem är jag"));

        Assert.Contains("finns inte med i nätverket", Assert.Single(app.Connector.SentTexts), StringComparison.Ordinal);
        Assert.Null(app.WithDb(db => db.People.Single(p => p.Email == "medlem@example.se").AadObjectId));

        const string other = "29:2-medlem";
        app.Connector.Members[other] =
            $$"""{"id":"{{other}}","name":"Medlem","email":"whatever@example.org","userPrincipalName":"Medlem@Example.se","tenantId":"{{TenantId}}"}""";
        await app.SendAsync(PersonalMessage("vem är jag", userId: other, aad: "00000000-0000-0000-0000-0000000000d2"));

        Assert.Contains("medlem i Nässjö", app.Connector.SentTexts[^1], StringComparison.Ordinal);
        Assert.Equal("00000000-0000-0000-0000-0000000000d2", app.WithDb(db => db.People.Single(p => p.Email == "medlem@example.se").AadObjectId));
    }

    [Fact]
    public async Task MemberOfAForeignTenant_IsNotMatchedByUpn()
    {
        await using var app = new BotApplication(Provider, new TokenMode(), settings: new() { ["Network:File"] = ExampleFile });
        _ = app.Server;
        app.Connector.Members[UserId] =
            $$"""{"id":"{{UserId}}","name":"Guest","userPrincipalName":"medlem@example.se","tenantId":"{{TokenMode.ForeignTenant}}"}""";
        await app.SendAsync(PersonalMessage("vem är jag"));

        Assert.Contains("finns inte med i nätverket", Assert.Single(app.Connector.SentTexts), StringComparison.Ordinal);
        Assert.Null(app.WithDb(db => db.People.Single(p => p.Email == "medlem@example.se").AadObjectId));
    }

    [Fact]
    public async Task Coordinator_IsNeverLinkedByUpn()
    {
        var file = await FileAsync(json => json.Replace("\"aadObjectId\": \"00000000-0000-0000-0000-00000000c001\", ", "", StringComparison.Ordinal));
        await using var app = new BotApplication(Provider, settings: new() { ["Network:File"] = file });
        app.Connector.AddMember(UserId, "samordnare@example.se", "Someone");
        await app.SendAsync(PersonalMessage("vem är jag"));

        Assert.Contains("finns inte med i nätverket", Assert.Single(app.Connector.SentTexts), StringComparison.Ordinal);
        Assert.Null(app.WithDb(db => db.People.Single(p => p.Email == "samordnare@example.se").AadObjectId));
        Assert.Contains(app.Logs.Lines, l => l.Contains("no aadObjectId in the network file", StringComparison.Ordinal));
    }

    [Fact]
    public async Task FileAadObjectId_OverridesAnEarlierLink_WithoutFailingTheStart()
    {
        var file = await FileAsync(json => json);
        string folder;
        await using (var first = new BotApplication(Provider, settings: new() { ["Network:File"] = file }))
        {
            folder = first.Folder;
            first.Connector.AddMember(UserId, "medlem@example.se", "Intruder");
            await first.SendAsync(PersonalMessage("vem är jag", aad: Intruder));
            Assert.Equal(Intruder, first.WithDb(db => db.People.Single(p => p.Email == "medlem@example.se").AadObjectId));
        }
        const string real = "00000000-0000-0000-0000-0000000000d1";
        await File.WriteAllTextAsync(file, (await File.ReadAllTextAsync(file)).Replace(
            "\"email\": \"medlem@example.se\",", $"\"email\": \"medlem@example.se\", \"aadObjectId\": \"{real}\",", StringComparison.Ordinal));

        await using var second = new BotApplication(Provider, folder, new() { ["Network:File"] = file });
        await second.SendAsync(PersonalMessage("vem är jag", aad: Intruder));

        Assert.Equal(real, second.WithDb(db => db.People.Single(p => p.Email == "medlem@example.se").AadObjectId));
        Assert.Null(second.WithDb(db => db.TeamsUsers.AsNoTracking().Single(u => u.TeamsUserId == UserId).PersonId));
        Assert.Contains("finns inte med i nätverket", Assert.Single(second.Connector.SentTexts), StringComparison.Ordinal);
        Assert.Contains(second.Logs.Lines, l => l.Contains("re-linked to the Teams account the network file names", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ProactiveMessage_OpensTheChatInThePersonsOwnTenant()
    {
        const string municipality = "33333333-3333-3333-3333-333333333333";
        await using var app = new BotApplication(Provider);
        // Sara Holm, Nässjö's coach, has only written in a group chat of her municipality's tenant: no 1:1 chat yet.
        const string coachId = "29:1-sara-holm", coachAad = "00000000-0000-0000-0000-0000000000c0";
        app.Connector.AddMember(coachId, "sara.holm@example.se", "Sara Holm");
        await app.SendAsync(TokenMode.FromTenant(GroupMessage("vem är jag", userId: coachId, aad: coachAad), municipality));
        app.Connector.AddMember(UserId, "fatima.noor@example.se", "Fatima Noor");
        await app.SendAsync(PersonalMessage("hjälp")); // the newest installation is now in the region's tenant

        await app.SendAsync(PersonalMessage("rapportera"));
        foreach (var answer in new[] { "3,5", "Fler hembesök görs tillsammans", "14", "30", "hoppa över", "hoppa över", "hoppa över", "ja", "Hur mäter vi?", "spara" })
            await app.SendAsync(PersonalMessage(answer));

        await Meetings.RhythmKit.EventuallyAsync(() => app.Connector.Calls.Any(c => c.Method == HttpMethod.Post && c.RawPath.EndsWith("/v3/conversations", StringComparison.Ordinal)),
            "the coach's 1:1 chat opened by the outbox");
        var create = Assert.Single(app.Connector.Calls, c => c.Method == HttpMethod.Post && c.RawPath.EndsWith("/v3/conversations", StringComparison.Ordinal));
        Assert.Contains($"\"tenantId\":\"{municipality}\"", create.Body, StringComparison.Ordinal);
        Assert.Contains(coachId, create.Body, StringComparison.Ordinal);
    }

    private static async Task<string> FileAsync(Func<string, string> edit)
    {
        var folder = Directory.CreateTempSubdirectory("bplbot-network-").FullName;
        var file = Path.Combine(folder, "network.json");
        await File.WriteAllTextAsync(file, edit(await File.ReadAllTextAsync(ExampleFile)));
        return file;
    }
}

public sealed class TenantAndIdentityTestsOnSqlite() : TenantAndIdentityTests(DatabaseProvider.Sqlite);

public sealed class TenantAndIdentityTestsOnPostgreSql() : TenantAndIdentityTests(DatabaseProvider.PostgreSql);
