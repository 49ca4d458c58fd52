using System.Text.Json.Nodes;
using BplBot.BotFramework;
using Xunit;

namespace BplBot.Tests.BotFramework;

public sealed class ActivityExtensionsTests
{
    private const string BotId = "28:bot";

    [Theory]
    [InlineData("<at>Test Bot</at> hi group", "hi group")]
    [InlineData("hi <at>Test Bot</at>", "hi")]
    [InlineData("<AT>test bot</AT> status", "status")]
    [InlineData("<at>Test Bot</at>&nbsp;status&nbsp;now", "status now")]
    [InlineData("<at>Test Bot</at> ping <at>Megan Bowen</at> please", "ping Megan Bowen please")]
    [InlineData("<at>Test Bot</at> <at>Test Bot</at> twice", "twice")]
    [InlineData("  plain  ", "plain")]
    [InlineData("<at>Unclosed tag stays", "<at>Unclosed tag stays")]
    [InlineData("an <attachment> is no mention", "an <attachment> is no mention")]
    public void GetTextWithoutBotMention_RemovesTheBotAndUnwrapsOthers(string text, string expected)
    {
        var activity = WithMentions(text, Mention(BotId, "Test Bot", "<at>Test Bot</at>"), Mention("29:megan", "Megan Bowen", "<at>Megan Bowen</at>"));

        Assert.Equal(expected, activity.GetTextWithoutBotMention());
    }

    [Fact]
    public void GetTextWithoutBotMention_NullEntityText_FallsBackToTheMentionedName()
    {
        var activity = WithMentions("<at>Test Bot</at> hi", Mention(BotId, "Test Bot", text: null));

        Assert.Equal("hi", activity.GetTextWithoutBotMention());
    }

    [Fact]
    public void GetTextWithoutBotMention_KeepsTheNameOfSomeoneElsesMention()
    {
        var activity = WithMentions("<at>Megan Bowen</at> is late", Mention("29:megan", "Megan Bowen", "<at>Megan Bowen</at>"));

        Assert.Equal("Megan Bowen is late", activity.GetTextWithoutBotMention());
    }

    [Fact]
    public void GetTextWithoutBotMention_NoText_IsNull() =>
        Assert.Null(new Activity { Type = ActivityTypes.Message }.GetTextWithoutBotMention());

    [Fact]
    public void GetTextWithoutBotMention_ManyOpenTags_StaysFast()
    {
        var hostile = string.Concat(Enumerable.Repeat("<at>", 50_000));
        var activity = WithMentions(hostile, Mention(BotId, "Test Bot", "<at>Test Bot</at>"));

        Assert.Equal(hostile, activity.GetTextWithoutBotMention());
    }

    [Theory]
    [InlineData("personal", null, ConversationKinds.Personal)]
    [InlineData("groupChat", true, ConversationKinds.GroupChat)]
    [InlineData("groupchat", true, ConversationKinds.GroupChat)]
    [InlineData("channel", true, ConversationKinds.Channel)]
    [InlineData("CHANNEL", true, ConversationKinds.Channel)]
    [InlineData(null, true, ConversationKinds.GroupChat)]
    [InlineData(null, null, ConversationKinds.Personal)]
    public void ConversationKind_ReadsTheConversationType(string? type, bool? isGroup, string expected)
    {
        var activity = new Activity { Conversation = new ConversationAccount { Id = "x", ConversationType = type, IsGroup = isGroup } };

        Assert.Equal(expected, activity.ConversationKind());
        Assert.Equal(expected != ConversationKinds.Personal, activity.IsGroupConversation());
    }

    [Theory]
    [InlineData("19:abc@thread.tacv2;messageid=123", "19:abc@thread.tacv2")]
    [InlineData("19:abc@thread.tacv2", "19:abc@thread.tacv2")]
    [InlineData("a:1personal", "a:1personal")]
    [InlineData(null, null)]
    public void GetBaseConversationId_DropsTheThreadSuffix(string? id, string? expected)
    {
        var activity = new Activity { Conversation = id is null ? null : new ConversationAccount { Id = id } };

        Assert.Equal(expected, activity.GetBaseConversationId());
    }

    [Fact]
    public void IsBotAddedAndRemoved_CompareMembersWithTheRecipient()
    {
        var bot = new ChannelAccount { Id = BotId };
        var user = new ChannelAccount { Id = "29:user" };

        Assert.True(new Activity { Recipient = bot, MembersAdded = [user, bot] }.IsBotAdded());
        Assert.False(new Activity { Recipient = bot, MembersAdded = [user] }.IsBotAdded());
        Assert.False(new Activity { Recipient = null, MembersAdded = [user] }.IsBotAdded());
        Assert.True(new Activity { Recipient = bot, MembersRemoved = [bot] }.IsBotRemoved());
        Assert.False(new Activity { Recipient = bot, MembersAdded = [bot] }.IsBotRemoved());
    }

    [Fact]
    public void GetTenantId_PrefersTheConversation_ThenChannelData()
    {
        var channelData = JsonNode.Parse("""{"tenant":{"id":"from-channel-data"}}""");

        Assert.Equal("from-conversation", new Activity { Conversation = new() { TenantId = "from-conversation" }, ChannelData = channelData }.GetTenantId());
        Assert.Equal("from-channel-data", new Activity { Conversation = new() { Id = "x" }, ChannelData = channelData }.GetTenantId());
        Assert.Null(new Activity().GetTenantId());
    }

    [Fact]
    public void GetTeamsChannelData_ToleratesMissingAndOddlyTypedParts()
    {
        var activity = new Activity { ChannelData = JsonNode.Parse("""{"team":{"id":42},"channel":"not an object","eventType":"channelRenamed"}""") };

        Assert.Equal(new TeamsChannelInfo(null, null, null, null, "channelRenamed", null), activity.GetTeamsChannelData());
        Assert.Null(new Activity().GetTeamsChannelData());
        Assert.Null(new Activity { ChannelData = JsonNode.Parse("[1]") }.GetTeamsChannelData());
    }

    private static Activity WithMentions(string text, params Entity[] mentions) => new()
    {
        Type = ActivityTypes.Message,
        Text = text,
        Recipient = new ChannelAccount { Id = BotId, Name = "Test Bot" },
        Entities = mentions,
    };

    private static Entity Mention(string id, string name, string? text) =>
        new() { Type = "mention", Mentioned = new ChannelAccount { Id = id, Name = name }, Text = text };
}
