using System.Text.Json;
using System.Text.Json.Nodes;
using BplBot.BotFramework;
using BplBot.Tests.BotFramework.TestSupport;
using Xunit;

namespace BplBot.Tests.BotFramework;

/// <summary>Real Teams/playground payloads (spec §1, §4; playground §5) read and written with <see cref="BotJson.Options"/>.</summary>
public sealed class ActivitySerializationTests
{
    public static TheoryData<string> PayloadNames => [.. Payloads.Names];

    [Theory]
    [MemberData(nameof(PayloadNames))]
    public void Payload_SurvivesARoundTrip_UnknownFieldsIncluded(string name)
    {
        var original = JsonNode.Parse(Payloads.Json(name))!.AsObject();

        var written = JsonSerializer.SerializeToNode(Payloads.Activity(name), BotJson.Options)!.AsObject();

        // DateTimeOffset writes "+00:00" for "Z": the same instant, so compare those as instants and the rest as JSON.
        foreach (var field in new[] { "timestamp", "localTimestamp" })
        {
            Assert.Equal(ReadInstant(original, field), ReadInstant(written, field));
            original.Remove(field);
            written.Remove(field);
        }
        Assert.True(JsonNode.DeepEquals(original, written), $"{name} changed:\n{original}\n---\n{written}");
    }

    [Fact]
    public void PlaygroundPersonalMessage_Parses()
    {
        var activity = Payloads.Activity("personal-message-playground.json");

        Assert.Equal(ActivityTypes.Message, activity.Type);
        Assert.Equal("hello", activity.Text);
        Assert.Equal("http://127.0.0.1:56150/_connector", activity.ServiceUrl);
        Assert.Equal("00000000-0000-0000-0000-0000000000020", activity.From!.AadObjectId);
        Assert.Equal(new DateTimeOffset(2026, 11, 23, 17, 51, 8, 717, TimeSpan.Zero), activity.Timestamp);
        Assert.Equal("UTC", activity.LocalTimezone);
        Assert.Equal(ConversationKinds.Personal, activity.ConversationKind());
        Assert.False(activity.IsGroupConversation());
        Assert.Equal("00000000-0000-0000-0000-0000000000001", activity.GetTenantId());
        var clientInfo = Assert.Single(activity.Entities!);
        Assert.Equal("clientInfo", clientInfo.Type);
        Assert.Equal("en-US", clientInfo.Locale);
        Assert.Equal("Web", clientInfo.Extra!["platform"].GetString());
    }

    [Fact]
    public void TeamsPersonalMessage_Parses()
    {
        var activity = Payloads.Activity("personal-message-teams.json");

        Assert.Equal("hi", activity.GetTextWithoutBotMention());
        Assert.Equal("a:17I0k...", activity.Conversation!.Id);
        Assert.Equal("72f9...", activity.GetTenantId());
        Assert.Equal("28:c9e8...", activity.Recipient!.Id);
    }

    [Fact]
    public void GroupChatMention_Parses()
    {
        var activity = Payloads.Activity("group-chat-mention.json");

        Assert.Equal(ConversationKinds.GroupChat, activity.ConversationKind());
        Assert.True(activity.IsGroupConversation());
        Assert.Equal("hi group", activity.GetTextWithoutBotMention());
        Assert.Equal("Test Bot", activity.Entities![0].Mentioned!.Name);
        Assert.Null(activity.GetTeamsChannelData()!.TeamId);
    }

    [Fact]
    public void ChannelPost_Parses()
    {
        var activity = Payloads.Activity("channel-post.json");

        Assert.Equal(ConversationKinds.Channel, activity.ConversationKind());
        Assert.Equal("19:general-0001@thread.tacv2", activity.GetBaseConversationId());
        Assert.Equal("status please", activity.GetTextWithoutBotMention());
        var teams = activity.GetTeamsChannelData()!;
        Assert.Equal("19:general-0001@thread.tacv2", teams.TeamId);
        Assert.Equal("19:general-0001@thread.tacv2", teams.ChannelId);
        Assert.Equal("72f988bf-86f1-41af-91ab-2d7cd011db47", teams.TenantId);
        Assert.Equal("text/html", Assert.Single(activity.Attachments!).ContentType);
        Assert.Equal(new TimeSpan(1, 0, 0), activity.LocalTimestamp!.Value.Offset);
    }

    [Fact]
    public void ActionSubmit_IsAMessageWithValueAndNoText()
    {
        var activity = Payloads.Activity("action-submit.json");

        Assert.Equal(ActivityTypes.Message, activity.Type);
        Assert.Null(activity.Text);
        Assert.Null(activity.GetTextWithoutBotMention());
        Assert.Equal("1795456268771", activity.ReplyToId);
        Assert.Equal("submitComment", activity.Value!.Value.GetProperty("action").GetString());
        Assert.Equal("looks good", activity.Value.Value.GetProperty("comment").GetString());
    }

    [Fact]
    public void ActionExecute_IsAnAdaptiveCardActionInvoke()
    {
        var activity = Payloads.Activity("action-execute-invoke.json");

        Assert.Equal(ActivityTypes.Invoke, activity.Type);
        Assert.Equal("adaptiveCard/action", activity.Name);
        var action = activity.Value!.Value.GetProperty("action");
        Assert.Equal("Action.Execute", action.GetProperty("type").GetString());
        Assert.Equal("ping", action.GetProperty("verb").GetString());
        Assert.Equal(1, action.GetProperty("data").GetProperty("n").GetInt32());
    }

    [Theory]
    [InlineData("installation-update-add.json", "add", "Improvement Network")]
    [InlineData("installation-update-remove.json", "remove", null)]
    public void InstallationUpdate_CarriesItsAction(string name, string action, string? teamName)
    {
        var activity = Payloads.Activity(name);

        Assert.Equal(ActivityTypes.InstallationUpdate, activity.Type);
        Assert.Equal(action, activity.Action);
        Assert.Equal(teamName, activity.GetTeamsChannelData()!.TeamName);
        Assert.Equal("72f988bf-86f1-41af-91ab-2d7cd011db47", activity.GetTenantId());
    }

    [Fact]
    public void ConversationUpdate_Personal_AddsTheBotWithoutATeam()
    {
        var activity = Payloads.Activity("conversation-update-personal.json");

        Assert.True(activity.IsBotAdded());
        Assert.False(activity.IsBotRemoved());
        Assert.Equal(2, activity.MembersAdded!.Count);
        Assert.Null(activity.GetTeamsChannelData()!.TeamId);
    }

    [Fact]
    public void ConversationUpdate_TeamMemberAdded_AddsTheBotToATeam()
    {
        var activity = Payloads.Activity("conversation-update-team-member-added.json");

        Assert.True(activity.IsBotAdded());
        var teams = activity.GetTeamsChannelData()!;
        Assert.Equal("teamMemberAdded", teams.EventType);
        Assert.Equal("Improvement Network", teams.TeamName);
        Assert.Equal(ConversationKinds.Channel, activity.ConversationKind());
    }

    [Fact]
    public void Writing_OmitsNulls_AndUsesCamelCase()
    {
        var reply = new Activity { Type = ActivityTypes.Message, Text = "hi", ReplyToId = "1", Conversation = new ConversationAccount { Id = "a:1" } };

        var json = JsonSerializer.Serialize(reply, BotJson.Options);

        Assert.Equal("""{"type":"message","conversation":{"id":"a:1"},"text":"hi","replyToId":"1"}""", json);
    }

    [Fact]
    public void Reading_IsCaseInsensitive()
    {
        var activity = BotJson.TryParseActivity("""{"Type":"message","ServiceURL":"https://x/","CONVERSATION":{"ID":"a:1"}}"""u8);

        Assert.Equal("message", activity!.Type);
        Assert.Equal("https://x/", activity.ServiceUrl);
        Assert.Equal("a:1", activity.Conversation!.Id);
    }

    [Fact]
    public void Reading_IgnoresAUtf8Bom()
    {
        var activity = BotJson.TryParseActivity([.. "\uFEFF"u8, .. """{"type":"message"}"""u8]);

        Assert.Equal("message", activity?.Type);
    }

    [Fact]
    public void Options_AreFrozen()
    {
        Assert.True(BotJson.Options.IsReadOnly);
        Assert.Throws<InvalidOperationException>(() => BotJson.Options.WriteIndented = true);
    }

    private static DateTimeOffset? ReadInstant(JsonObject activity, string field) =>
        activity[field] is JsonValue value ? DateTimeOffset.Parse(value.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture) : null;
}
