using System.Text.Json.Nodes;

namespace BplBot.Tests.Infrastructure;

/// <summary>
/// Activities shaped as Teams sends them (field by field from the Teams docs and what the Agents Playground sends),
/// with the ids of the shared playground configuration.
/// </summary>
public static class TeamsActivities
{
    public const string BotId = "28:00000000-0000-0000-0000-0000000000b0";
    public const string BotName = "BplBot";
    public const string TenantId = "72f988bf-0000-0000-0000-000000000001";
    public const string UserId = "29:1-alex-wilber";
    public const string UserAad = "00000000-0000-0000-0000-0000000000a0";
    public const string PersonalChat = "a:1personal-chat-alex";
    public const string GroupChat = "19:groupchat-0001@thread.v2";
    public const string TeamId = "19:general-0001@thread.tacv2";

    public static string PersonalMessage(string text, string locale = "sv-SE", string? id = null, string userId = UserId, string? aad = UserAad) =>
        Message(text, Conversation("personal", PersonalChat), locale, id, userId, aad).ToJsonString();

    public static string GroupMessage(string text, string locale = "sv-SE", string? id = null, string userId = UserId, string? aad = UserAad)
    {
        var activity = Message($"<at>{BotName}</at> {text}", Conversation("groupChat", GroupChat, isGroup: true), locale, id, userId, aad);
        activity["entities"] = new JsonArray(Mention(), ClientInfo(locale));
        return activity.ToJsonString();
    }

    public static string ChannelPost(string text, string postId, string locale = "sv-SE", string userId = UserId, string? aad = UserAad)
    {
        var activity = Message($"<at>{BotName}</at> {text}", Conversation("channel", $"{TeamId};messageid={postId}", isGroup: true), locale, postId, userId, aad);
        activity["entities"] = new JsonArray(Mention(), ClientInfo(locale));
        activity["channelData"] = new JsonObject
        {
            ["teamsChannelId"] = TeamId,
            ["teamsTeamId"] = TeamId,
            ["tenant"] = new JsonObject { ["id"] = TenantId },
            ["team"] = new JsonObject { ["id"] = TeamId, ["name"] = "Nässjö förbättringsteam" },
            ["channel"] = new JsonObject { ["id"] = TeamId, ["name"] = "General" },
        };
        return activity.ToJsonString();
    }

    public static string InstallPersonal(string action = "add", string locale = "sv-SE", string? id = null) =>
        Install(Conversation("personal", PersonalChat), action, locale, id).ToJsonString();

    public static string InstallChannel(string action = "add", string? id = null)
    {
        var activity = Install(Conversation("channel", TeamId, isGroup: true), action, "sv-SE", id);
        activity["channelData"] = new JsonObject
        {
            ["team"] = new JsonObject { ["id"] = TeamId, ["name"] = "Nässjö förbättringsteam" },
            ["channel"] = new JsonObject { ["id"] = TeamId },
            ["tenant"] = new JsonObject { ["id"] = TenantId },
        };
        return activity.ToJsonString();
    }

    /// <summary>The <c>conversationUpdate</c> Teams sends with an install in a 1:1 chat: the bot and the user added.</summary>
    public static string MembersAddedPersonal(string? id = null)
    {
        var activity = Base("conversationUpdate", Conversation("personal", PersonalChat), "sv-SE", id, UserId, UserAad);
        activity.Remove("text");
        activity["membersAdded"] = new JsonArray(
            new JsonObject { ["id"] = UserId, ["aadObjectId"] = UserAad },
            new JsonObject { ["id"] = BotId });
        return activity.ToJsonString();
    }

    public static string Submit(JsonObject value, string locale = "sv-SE")
    {
        var activity = Base("message", Conversation("personal", PersonalChat), locale, null, UserId, UserAad);
        activity["value"] = value.DeepClone();
        activity["replyToId"] = "1795456268771";
        return activity.ToJsonString();
    }

    private static JsonObject Install(JsonObject conversation, string action, string locale, string? id)
    {
        var activity = Base("installationUpdate", conversation, locale, id, UserId, UserAad);
        activity["action"] = action;
        return activity;
    }

    private static JsonObject Message(string text, JsonObject conversation, string locale, string? id, string userId, string? aad)
    {
        var activity = Base("message", conversation, locale, id, userId, aad);
        activity["text"] = text;
        activity["textFormat"] = "plain";
        activity["entities"] = new JsonArray(ClientInfo(locale));
        return activity;
    }

    private static JsonObject Base(string type, JsonObject conversation, string locale, string? id, string userId, string? aad) => new()
    {
        ["type"] = type,
        ["id"] = id ?? Guid.NewGuid().ToString(),
        ["timestamp"] = "2026-11-23T17:51:08.717Z",
        ["localTimestamp"] = "2026-11-23T18:51:08.717+01:00",
        ["localTimezone"] = "Europe/Stockholm",
        ["serviceUrl"] = BotApplication.ServiceUrl,
        ["channelId"] = "msteams",
        ["from"] = aad is null ? new JsonObject { ["id"] = userId, ["name"] = "Alex Wilber" }
            : new JsonObject { ["id"] = userId, ["name"] = "Alex Wilber", ["aadObjectId"] = aad },
        ["conversation"] = conversation,
        ["recipient"] = new JsonObject { ["id"] = BotId, ["name"] = BotName },
        ["locale"] = locale,
        ["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = TenantId } },
        ["somethingNew"] = new JsonObject { ["teamsMayAddFields"] = true },
    };

    private static JsonObject Conversation(string type, string id, bool isGroup = false)
    {
        var conversation = new JsonObject { ["conversationType"] = type, ["tenantId"] = TenantId, ["id"] = id };
        if (isGroup) conversation["isGroup"] = true;
        return conversation;
    }

    private static JsonObject Mention() => new()
    {
        ["type"] = "mention",
        ["mentioned"] = new JsonObject { ["id"] = BotId, ["name"] = BotName },
        ["text"] = $"<at>{BotName}</at>",
    };

    private static JsonObject ClientInfo(string locale) => new()
    {
        ["type"] = "clientInfo", ["locale"] = locale, ["country"] = "SE", ["platform"] = "Web", ["timezone"] = "Europe/Stockholm",
    };
}
