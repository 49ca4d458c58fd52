using BplBot.Data;
using BplBot.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static BplBot.Tests.Infrastructure.TeamsActivities;

namespace BplBot.Tests.Conversations;

public abstract class PeopleAndRolesTests(DatabaseProvider provider) : ProviderTests(provider)
{
    [Fact]
    public async Task UnknownAadId_IsMatchedByTheEmailTheConnectorReports_AndLinkedForNextTime()
    {
        await using var app = new BotApplication(Provider);
        app.Connector.AddMember(UserId, "Fatima.Noor@example.se", "Fatima Noor");
        await app.SendAsync(PersonalMessage("vem är jag"));

        var text = Assert.Single(app.Connector.SentTexts);
        Assert.Contains("**Fatima Noor** (fatima.noor@example.se)", text, StringComparison.Ordinal);
        Assert.Contains("medlem i Nässjö", text, StringComparison.Ordinal);
        var person = app.WithDb(db => db.People.AsNoTracking().Single(p => p.Email == "fatima.noor@example.se"));
        Assert.Equal(UserAad, person.AadObjectId);

        // Known by AAD id now: no second look-up.
        var lookups = app.Connector.Calls.Count(c => c.Method == HttpMethod.Get);
        await app.SendAsync(PersonalMessage("vem är jag"));
        Assert.Equal(lookups, app.Connector.Calls.Count(c => c.Method == HttpMethod.Get));
    }

    [Fact]
    public async Task UnmatchedUser_IsLookedUpAtMostOnceADay()
    {
        await using var app = new BotApplication(Provider);
        await app.SendAsync(PersonalMessage("hjälp"));
        await app.SendAsync(PersonalMessage("hjälp"));

        Assert.Equal(1, app.Connector.Calls.Count(c => c.Method == HttpMethod.Get && c.RawPath.Contains("/members/", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task DemoCoach_GivesTheRole_AndHelpShowsIt()
    {
        await using var app = new BotApplication(Provider);
        await app.SendAsync(PersonalMessage("demo coach nassjo"));
        await app.SendAsync(PersonalMessage("vem är jag"));

        var texts = app.Connector.SentTexts;
        Assert.Contains("Du är nu coach för Nässjö i demonätverket", texts[0], StringComparison.Ordinal);
        Assert.Contains("coach för Nässjö", texts[1], StringComparison.Ordinal);
        var person = app.WithDb(db => db.People.AsNoTracking().Single(p => p.AadObjectId == UserAad));
        Assert.Equal("Alex Wilber", person.Name);
        Assert.EndsWith("@demo.invalid", person.Email, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DemoAmbiguousTeam_AsksWhichOne_AndGrantsNothing()
    {
        await using var app = new BotApplication(Provider);
        await app.SendAsync(PersonalMessage("demo medlem Värnamo"));

        var text = Assert.Single(app.Connector.SentTexts);
        Assert.Contains("Flera team passar", text, StringComparison.Ordinal);
        Assert.Contains("Rydaholm", text, StringComparison.Ordinal);
        Assert.Contains("Arena för hälsa", text, StringComparison.Ordinal);
        Assert.False(app.WithDb(db => db.People.Any(p => p.AadObjectId == UserAad)));
    }

    [Fact]
    public async Task DemoOff_RemovesTheDemoRoles()
    {
        await using var app = new BotApplication(Provider);
        await app.SendAsync(PersonalMessage("demo samordnare"));
        await app.SendAsync(PersonalMessage("demo av"));

        var person = app.WithDb(db => db.People.AsNoTracking().Single(p => p.AadObjectId == UserAad));
        Assert.Empty(person.Roles);
    }

    [Fact]
    public async Task Link_InAChannelByATeamMember_LinksTheChannel()
    {
        await using var app = new BotApplication(Provider);
        await app.SendAsync(PersonalMessage("demo medlem Nässjö"));
        await app.SendAsync(ChannelPost("koppla nassjo", postId: "300"));

        Assert.Contains("Den här kanalen är nu kopplad till **Stärkt föräldraskapsstöd i Nässjö**", app.Connector.SentTexts[^1], StringComparison.Ordinal);
        var channel = app.WithDb(db => db.ConversationReferences.AsNoTracking().Single(c => c.ConversationType == "channel"));
        var nassjo = app.WithDb(db => db.Teams.Single(t => t.Key == "nassjo").Id);
        Assert.Equal(nassjo, channel.ImprovementTeamId);
    }

    [Fact]
    public async Task Link_ByAMemberOfAnotherTeam_IsRefused()
    {
        await using var app = new BotApplication(Provider);
        await app.SendAsync(PersonalMessage("demo medlem Attarp"));
        await app.SendAsync(GroupMessage("koppla Nässjö"));

        Assert.Contains("Bara medlemmar i Nässjö eller en samordnare", app.Connector.SentTexts[^1], StringComparison.Ordinal);
        Assert.Null(app.WithDb(db => db.ConversationReferences.AsNoTracking().Single(c => c.ConversationType == "groupChat")).ImprovementTeamId);
    }

    [Fact]
    public async Task Link_InPersonalChat_ExplainsWhereToDoIt()
    {
        await using var app = new BotApplication(Provider);
        await app.SendAsync(PersonalMessage("demo samordnare"));
        await app.SendAsync(PersonalMessage("koppla Nässjö"));

        Assert.Contains("i den kanal eller gruppchatt", app.Connector.SentTexts[^1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Link_ByAPersonOutsideTheNetwork_IsToldHowToGetAccess()
    {
        await using var app = new BotApplication(Provider);
        await app.SendAsync(GroupMessage("koppla Nässjö"));

        Assert.Contains("Du finns inte med i nätverket", Assert.Single(app.Connector.SentTexts), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Koppla_ByMemberOfAnotherTeam_DoesNotMoveAnExistingLink()
    {
        await using var app = new BotApplication(Provider);
        await app.SendAsync(PersonalMessage("demo medlem Nässjö"));
        await app.SendAsync(GroupMessage("koppla Nässjö"));
        const string erik = "29:1-erik", erikAad = "00000000-0000-0000-0000-0000000000e1";
        await app.SendAsync(PersonalMessage("demo medlem Attarp", userId: erik, aad: erikAad).Replace(PersonalChat, "a:erik", StringComparison.Ordinal));

        await app.SendAsync(GroupMessage("koppla Attarp", userId: erik, aad: erikAad));

        Assert.Contains("kopplad till Nässjö. Bara medlemmar i Nässjö eller en samordnare", app.Connector.SentTexts[^1], StringComparison.Ordinal);
        var nassjo = app.WithDb(db => db.Teams.Single(t => t.Key == "nassjo").Id);
        Assert.Equal(nassjo, app.WithDb(db => db.ConversationReferences.AsNoTracking().Single(c => c.ConversationType == "groupChat")).ImprovementTeamId);
    }

    [Fact]
    public async Task Koppla_ToAnotherTeam_ByACoordinator_AsksFirst_ThenMovesTheLink()
    {
        await using var app = new BotApplication(Provider);
        await app.SendAsync(PersonalMessage("demo samordnare"));
        await app.SendAsync(GroupMessage("koppla Nässjö"));

        await app.SendAsync(GroupMessage("koppla Attarp"));
        Assert.Contains("redan kopplad till **Nässjö**", app.Connector.SentTexts[^1], StringComparison.Ordinal);
        await app.SendAsync(GroupMessage("koppla Attarp flytta"));

        Assert.Contains("nu kopplad till **Närvaro", app.Connector.SentTexts[^1], StringComparison.Ordinal);
        var attarp = app.WithDb(db => db.Teams.Single(t => t.Key == "attarp").Id);
        Assert.Equal(attarp, app.WithDb(db => db.ConversationReferences.AsNoTracking().Single(c => c.ConversationType == "groupChat")).ImprovementTeamId);
    }
}

public sealed class PeopleAndRolesTestsOnSqlite() : PeopleAndRolesTests(DatabaseProvider.Sqlite);

public sealed class PeopleAndRolesTestsOnPostgreSql() : PeopleAndRolesTests(DatabaseProvider.PostgreSql);
