using BplBot.Data;
using BplBot.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static BplBot.Tests.Infrastructure.TeamsActivities;

namespace BplBot.Tests.Conversations;

public abstract class TeamsConversationTests(DatabaseProvider provider) : ProviderTests(provider)
{
    [Fact]
    public async Task GroupChat_BotMentioned_MentionIsStrippedBeforeTheCommandIsRead()
    {
        await using var app = new BotApplication(Provider);
        await app.SendAsync(GroupMessage("hjälp"));

        var reply = Assert.Single(app.Connector.Sent);
        Assert.Contains("Det här kan jag hjälpa dig med", reply.Text, StringComparison.Ordinal);
        Assert.Contains("nämn mig först", reply.Text, StringComparison.Ordinal);
        Assert.Contains(Uri.EscapeDataString(GroupChat), reply.RawPath, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ChannelPost_ReplyLandsInItsThread_WithIdsEscaped()
    {
        await using var app = new BotApplication(Provider);
        await app.SendAsync(ChannelPost("team", postId: "1795456268823"));

        var reply = Assert.Single(app.Connector.Sent);
        var thread = $"{TeamId};messageid=1795456268823";
        Assert.Equal($"/_connector/v3/conversations/{Uri.EscapeDataString(thread)}/activities/1795456268823", reply.RawPath);
        Assert.Contains("%3B", reply.RawPath, StringComparison.Ordinal);
        Assert.Equal("1795456268823", reply.Json.GetProperty("replyToId").GetString());
        Assert.Equal(thread, reply.Json.GetProperty("conversation").GetProperty("id").GetString());
    }

    [Fact]
    public async Task ChannelReference_IsStoredByChannelNotByThread()
    {
        await using var app = new BotApplication(Provider);
        await app.SendAsync(ChannelPost("team", postId: "100"));
        await app.SendAsync(ChannelPost("team", postId: "200"));

        var references = app.WithDb(db => db.ConversationReferences.AsNoTracking().ToList());
        var channel = Assert.Single(references);
        Assert.Equal(TeamId, channel.ConversationId);
        Assert.Equal("channel", channel.ConversationType);
        Assert.Equal(TeamId, channel.TeamsTeamId);
    }

    [Fact]
    public async Task DuplicateDelivery_IsProcessedOnce()
    {
        await using var app = new BotApplication(Provider);
        var activity = PersonalMessage("hjälp", id: "same-id");
        await app.SendAsync(activity);
        await app.SendAsync(activity);

        Assert.Single(app.Connector.Sent);
        Assert.Equal(1, app.WithDb(db => db.ProcessedActivities.Count()));
    }

    [Fact]
    public async Task DuplicateDelivery_ArrivingConcurrently_IsProcessedOnce()
    {
        await using var app = new BotApplication(Provider);
        var activity = PersonalMessage("team", id: "raced-id");
        await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => app.SendAsync(activity)));

        Assert.Single(app.Connector.Sent);
    }

    [Fact]
    public async Task ManyDeliveriesAtOnce_SomeTwice_EachIsProcessedOnce()
    {
        // On SQLite the claims of turns arriving together are written as one batch: a duplicate within the same batch
        // must lose to the first, and every other claim must win.
        await using var app = new BotApplication(Provider);
        var activities = Enumerable.Range(0, 40).Select(i => PersonalMessage("hjälp", id: $"burst-{i}")).ToList();
        await Task.WhenAll(activities.Concat(activities.Take(10)).Select(a => app.SendAsync(a)));

        Assert.Equal(40, app.Connector.Sent.Count);
        Assert.Equal(40, app.WithDb(db => db.ProcessedActivities.Count(p => p.ActivityId.StartsWith("burst-"))));
    }

    [Fact]
    public async Task SameActivityIdInAnotherConversation_IsNotADuplicate()
    {
        await using var app = new BotApplication(Provider);
        await app.SendAsync(PersonalMessage("hjälp", id: "shared-id"));
        await app.SendAsync(GroupMessage("hjälp", id: "shared-id"));

        Assert.Equal(2, app.Connector.Sent.Count);
    }

    [Fact]
    public async Task EveryMessage_RefreshesTheReference_WithServiceUrlAndUser()
    {
        await using var app = new BotApplication(Provider);
        await app.SendAsync(PersonalMessage("hjälp"));

        var reference = Assert.Single(app.WithDb(db => db.ConversationReferences.AsNoTracking().ToList()));
        Assert.Equal(BotApplication.ServiceUrl, reference.ServiceUrl);
        Assert.Equal(UserId, reference.UserId);
        Assert.Equal(UserAad, reference.UserAadObjectId);
        Assert.Equal(TenantId, reference.TenantId);
        Assert.Equal(BotId, reference.BotId);
        Assert.True(reference.IsActive);
    }
}

public sealed class TeamsConversationTestsOnSqlite() : TeamsConversationTests(DatabaseProvider.Sqlite);

public sealed class TeamsConversationTestsOnPostgreSql() : TeamsConversationTests(DatabaseProvider.PostgreSql);
