using System.Text.Json.Nodes;

namespace BplBot.Tests.BotFramework.TestSupport;

/// <summary>Small activities for endpoint tests (the full real payloads live in Payloads/).</summary>
internal static class TestActivities
{
    public const string TeamsServiceUrl = "https://smba.trafficmanager.net/amer/";
    public const string SecretText = "my salary is 4711, please keep it private";

    public static string Message(string serviceUrl = TeamsServiceUrl, string channelId = "msteams", string? type = "message", string text = SecretText)
    {
        var activity = new JsonObject
        {
            ["id"] = "1485983408511",
            ["serviceUrl"] = serviceUrl,
            ["channelId"] = channelId,
            ["from"] = new JsonObject { ["id"] = "29:1-alex-wilber", ["name"] = "Alex Wilber" },
            ["recipient"] = new JsonObject { ["id"] = $"28:{BotTestHost.AppId}", ["name"] = "Test Bot" },
            ["conversation"] = new JsonObject { ["id"] = "a:1personal-chat-alex", ["conversationType"] = "personal", ["tenantId"] = BotTestHost.TenantId },
            ["text"] = text,
        };
        if (type is not null)
        {
            activity["type"] = type;
        }
        return activity.ToJsonString();
    }

    public static string Invoke() => $$"""
        {"type":"invoke","name":"adaptiveCard/action","id":"f:invoke-1","channelId":"msteams","serviceUrl":"{{TeamsServiceUrl}}",
         "from":{"id":"29:1-alex-wilber"},"recipient":{"id":"28:{{BotTestHost.AppId}}"},
         "conversation":{"id":"a:1personal-chat-alex","conversationType":"personal"},
         "value":{"action":{"type":"Action.Execute","verb":"ping","data":{"n":1} },"trigger":"manual"} }
        """;
}
