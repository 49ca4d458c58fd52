using BplBot.Data;
using BplBot.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static BplBot.Tests.Infrastructure.TeamsActivities;

namespace BplBot.Tests.Conversations;

/// <summary>Issue 15: several first activities from someone the bot has never seen, all at once.</summary>
public abstract class FirstContactTests(DatabaseProvider provider) : ProviderTests(provider)
{
    [Fact]
    public async Task SixteenFirstMessagesAtOnce_AllAnswered_OneRowOfEachKind_NoFailureLogged()
    {
        await using var app = new BotApplication(Provider);
        _ = app.Server;
        app.Connector.AddMember(UserId, "fatima.noor@example.se", "Fatima Noor");
        app.Connector.MemberLookupDelay = TimeSpan.FromMilliseconds(50);

        var responses = await Task.WhenAll(Enumerable.Range(0, 16).Select(_ => app.PostAsync(PersonalMessage("hjälp"))));

        Assert.All(responses, r => Assert.Equal(System.Net.HttpStatusCode.OK, r.StatusCode));
        Assert.Equal(16, app.Connector.Sent.Count);
        Assert.Single(app.WithDb(db => db.TeamsUsers.AsNoTracking().ToList()));
        Assert.Single(app.WithDb(db => db.ConversationReferences.AsNoTracking().ToList()));
        Assert.Equal(UserAad, app.WithDb(db => db.People.AsNoTracking().Single(p => p.Email == "fatima.noor@example.se").AadObjectId));
        Assert.DoesNotContain(app.Logs.Lines, l => l.Contains("fail", StringComparison.OrdinalIgnoreCase) || l.Contains("UNIQUE", StringComparison.Ordinal));
    }

    [Fact]
    public async Task FirstMessagesFromSixteenNewPeopleInOneGroupChat_AllAnswered()
    {
        await using var app = new BotApplication(Provider);
        _ = app.Server;

        var responses = await Task.WhenAll(Enumerable.Range(0, 16).Select(i =>
            app.PostAsync(GroupMessage("hjälp", userId: $"29:new-{i}", aad: $"00000000-0000-0000-0000-0000000010{i:00}"))));

        Assert.All(responses, r => Assert.Equal(System.Net.HttpStatusCode.OK, r.StatusCode));
        Assert.Equal(16, app.WithDb(db => db.TeamsUsers.AsNoTracking().Count()));
        Assert.Single(app.WithDb(db => db.ConversationReferences.AsNoTracking().ToList()));
    }

    [Fact]
    public async Task UninstallsAndMessagesAtOnce_AreAll200()
    {
        await using var app = new BotApplication();
        await app.SendAsync(PersonalMessage("hjälp"));
        for (var round = 0; round < 10; round++)
        {
            var responses = await Task.WhenAll(Enumerable.Range(0, 8).Select(i => app.PostAsync(i % 2 == 0 ? InstallPersonal("remove")
                : PersonalMessage("hjälp", userId: $"29:u{round}-{i}", aad: null))));
            Assert.All(responses, r => Assert.Equal(System.Net.HttpStatusCode.OK, r.StatusCode));
        }
    }
}

public sealed class FirstContactTestsOnSqlite() : FirstContactTests(DatabaseProvider.Sqlite);

public sealed class FirstContactTestsOnPostgreSql() : FirstContactTests(DatabaseProvider.PostgreSql);
