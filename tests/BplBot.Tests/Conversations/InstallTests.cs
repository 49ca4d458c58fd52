using BplBot.Data;
using BplBot.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static BplBot.Tests.Infrastructure.TeamsActivities;

namespace BplBot.Tests.Conversations;

public abstract class InstallTests(DatabaseProvider provider) : ProviderTests(provider)
{
    [Fact]
    public async Task InstallInPersonalChat_GreetsOnceInSwedish_AndSavesTheReference()
    {
        await using var app = new BotApplication(Provider);
        await app.SendAsync(InstallPersonal());
        await app.SendAsync(MembersAddedPersonal());

        var greeting = Assert.Single(app.Connector.SentTexts);
        Assert.Contains("Hej Alex!", greeting, StringComparison.Ordinal);
        Assert.Contains("Jag är **BplBot**", greeting, StringComparison.Ordinal);
        var reference = Assert.Single(app.WithDb(db => db.ConversationReferences.AsNoTracking().ToList()));
        Assert.True(reference.IsActive);
        Assert.Equal(UserId, reference.UserId);
    }

    [Fact]
    public async Task InstallInEnglishTeams_GreetsInEnglish()
    {
        await using var app = new BotApplication(Provider);
        await app.SendAsync(InstallPersonal(locale: "en-US"));

        Assert.Contains("Hi Alex!", Assert.Single(app.Connector.SentTexts), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RepeatedInstallEvents_DoNoHarm()
    {
        await using var app = new BotApplication(Provider);
        for (var i = 0; i < 3; i++)
        {
            await app.SendAsync(InstallPersonal());
            await app.SendAsync(MembersAddedPersonal());
        }

        Assert.Single(app.Connector.Sent);
        Assert.Single(app.WithDb(db => db.ConversationReferences.AsNoTracking().ToList()));
    }

    [Fact]
    public async Task InstallEventsArrivingTogether_AllSucceed_GreetOnce_AndStoreOneOfEach()
    {
        await using var app = new BotApplication(Provider);
        app.Connector.MemberLookupDelay = TimeSpan.FromMilliseconds(200);
        // The same user installs in a 1:1 chat and in a channel: two greetings, each resolving the same new user.
        var events = Enumerable.Range(0, 3).SelectMany(_ => new[] { InstallPersonal(), MembersAddedPersonal(), InstallChannel() });
        await Task.WhenAll(events.Select(e => app.SendAsync(e)));

        Assert.Equal(2, app.Connector.Sent.Count);
        Assert.Equal(2, app.WithDb(db => db.ConversationReferences.AsNoTracking().Count()));
        Assert.Single(app.WithDb(db => db.TeamsUsers.AsNoTracking().ToList()));
    }

    [Fact]
    public async Task ReinstallEventsArrivingTogether_GreetOnce()
    {
        await using var app = new BotApplication(Provider);
        await app.SendAsync(InstallPersonal());
        await app.SendAsync(InstallPersonal(action: "remove"));
        app.Connector.Clear();

        await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => app.SendAsync(InstallPersonal())));

        Assert.Single(app.Connector.Sent);
        Assert.True(Assert.Single(app.WithDb(db => db.ConversationReferences.AsNoTracking().ToList())).IsActive);
    }

    [Fact]
    public async Task Uninstall_MarksTheReferenceDead_AndReinstallGreetsAgain()
    {
        await using var app = new BotApplication(Provider);
        await app.SendAsync(InstallPersonal());
        await app.SendAsync(InstallPersonal(action: "remove"));

        var removed = Assert.Single(app.WithDb(db => db.ConversationReferences.AsNoTracking().ToList()));
        Assert.False(removed.IsActive);
        Assert.NotNull(removed.RemovedAt);

        await app.SendAsync(InstallPersonal());
        Assert.Equal(2, app.Connector.Sent.Count);
        Assert.True(Assert.Single(app.WithDb(db => db.ConversationReferences.AsNoTracking().ToList())).IsActive);
    }

    [Fact]
    public async Task InstallInAChannel_GreetsTheTeamAndExplainsLinking()
    {
        await using var app = new BotApplication(Provider);
        await app.SendAsync(InstallChannel());

        var greeting = Assert.Single(app.Connector.SentTexts);
        Assert.Contains("Hej allihop!", greeting, StringComparison.Ordinal);
        Assert.Contains("koppla <team>", greeting, StringComparison.Ordinal);
        var reference = Assert.Single(app.WithDb(db => db.ConversationReferences.AsNoTracking().ToList()));
        Assert.Equal("channel", reference.ConversationType);
        Assert.Equal(TeamId, reference.TeamsTeamId);
    }

    [Fact]
    public async Task ReferencesSurviveARestart()
    {
        string folder;
        await using (var first = new BotApplication(Provider))
        {
            folder = first.Folder;
            await first.SendAsync(InstallPersonal());
        }
        await using var second = new BotApplication(Provider, folder);
        await second.SendAsync(InstallPersonal());

        Assert.Empty(second.Connector.Sent);
        Assert.Single(second.WithDb(db => db.ConversationReferences.AsNoTracking().ToList()));
    }
}

public sealed class InstallTestsOnSqlite() : InstallTests(DatabaseProvider.Sqlite);

public sealed class InstallTestsOnPostgreSql() : InstallTests(DatabaseProvider.PostgreSql);
