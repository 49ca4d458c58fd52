using System.Net;
using System.Text.Json.Nodes;
using BplBot.Tests.BotFramework.TestSupport;
using Xunit;

namespace BplBot.Tests.BotFramework;

/// <summary>
/// What a turn needs is checked before any handler runs: a malformed activity is the client's error (400), never a
/// handler's exception (500), and it is logged with a short reason on one line.
/// </summary>
public sealed class ActivityValidationTests
{
    /// <summary>Each case breaks one thing in an otherwise valid Teams message.</summary>
    public static TheoryData<string> Malformed => new(Breakages.Keys);

    private static readonly Dictionary<string, Action<JsonObject>> Breakages = new()
    {
        ["no type"] = a => a.Remove("type"),
        ["empty type"] = a => a["type"] = "",
        ["no conversation"] = a => a.Remove("conversation"),
        ["conversation without id"] = a => a["conversation"]!.AsObject().Remove("id"),
        ["empty conversation id"] = a => a["conversation"]!["id"] = "",
        ["conversation id '..'"] = a => a["conversation"]!["id"] = "..",
        ["conversation id '.'"] = a => a["conversation"]!["id"] = ".",
        ["conversation id with a newline"] = a => a["conversation"]!["id"] = "a:1\ninfo: forged",
        ["conversation id of 2000 characters"] = a => a["conversation"]!["id"] = "a:" + new string('x', 2000),
        ["no serviceUrl"] = a => a.Remove("serviceUrl"),
        ["empty serviceUrl"] = a => a["serviceUrl"] = "",
        ["relative serviceUrl"] = a => a["serviceUrl"] = "/v3/conversations",
        ["serviceUrl without scheme"] = a => a["serviceUrl"] = "smba.trafficmanager.net/amer/",
        ["ftp serviceUrl"] = a => a["serviceUrl"] = "ftp://smba.trafficmanager.net/amer/",
        ["file serviceUrl"] = a => a["serviceUrl"] = "file:///etc/passwd",
        ["javascript serviceUrl"] = a => a["serviceUrl"] = "javascript:alert(1)",
        ["message without from"] = a => a.Remove("from"),
        ["message without from.id"] = a => a["from"]!.AsObject().Remove("id"),
        ["message with empty from.id"] = a => a["from"]!["id"] = "",
        ["invoke without from"] = a => { a["type"] = "invoke"; a["name"] = "adaptiveCard/action"; a.Remove("from"); },
        ["activity id '..'"] = a => a["id"] = "..",
        ["activity id with a newline"] = a => a["id"] = "x1\ninfo: BplBot.Security[0]",
        ["from.id '..'"] = a => a["from"]!["id"] = "..",
        ["from.aadObjectId with a carriage return"] = a => a["from"]!["aadObjectId"] = "x\r",
        ["recipient.id with a line separator"] = a => a["recipient"]!["id"] = "28:x\u2028y",
        ["tenant id with a newline"] = a => a["conversation"]!["tenantId"] = "t\nx",
        ["type with a newline"] = a => a["type"] = "message\nforged",
    };

    [Theory]
    [MemberData(nameof(Malformed))]
    public async Task MalformedActivity_Is400_AndNoHandlerRuns(string breakage)
    {
        await using var host = await StartAnonymousAsync();
        var activity = JsonNode.Parse(TestActivities.Message())!.AsObject();
        Breakages[breakage](activity);

        var response = await host.PostActivityAsync(activity.ToJsonString());

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty(host.Handler.Turns);
        var refused = Assert.Single(host.Logs.Lines, line => line.Contains("with 400", StringComparison.Ordinal));
        Assert.DoesNotContain('\n', refused.TrimEnd());
        Assert.DoesNotContain(TestActivities.SecretText, refused, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("conversationUpdate")]
    [InlineData("installationUpdate")]
    [InlineData("typing")]
    [InlineData("someFutureType")]
    public async Task NonMessageActivity_WithoutFrom_ReachesTheHandler(string type)
    {
        await using var host = await StartAnonymousAsync();
        var activity = JsonNode.Parse(TestActivities.Message(type: type))!.AsObject();
        activity.Remove("from");

        var response = await host.PostActivityAsync(activity.ToJsonString());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Single(host.Handler.Turns);
    }

    [Theory]
    [InlineData("https://smba.trafficmanager.net/amer/")]
    [InlineData("http://127.0.0.1:56150/_connector")]
    public async Task HttpOrHttpsServiceUrl_IsAccepted(string serviceUrl)
    {
        await using var host = await StartAnonymousAsync();

        var response = await host.PostActivityAsync(TestActivities.Message(serviceUrl: serviceUrl));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Single(host.Handler.Turns);
    }

    [Fact]
    public async Task RefusedActivityId_IsLoggedEscaped_OnOneLine()
    {
        await using var host = await StartAnonymousAsync();
        var activity = JsonNode.Parse(TestActivities.Message())!.AsObject();
        activity["id"] = "x1\ninfo: BplBot.Security[0]\n      Coordinator role granted to mallory";

        await host.PostActivityAsync(activity.ToJsonString());

        var refused = Assert.Single(host.Logs.Lines, line => line.Contains("with 400", StringComparison.Ordinal));
        Assert.Contains("x1\\u000ainfo: BplBot.Security[0]\\u000a", refused, StringComparison.Ordinal);
        Assert.DoesNotContain(host.Logs.Lines, line => line.Contains("\ninfo: BplBot.Security", StringComparison.Ordinal));
    }

    private static Task<BotTestHost> StartAnonymousAsync() => BotTestHost.StartAsync(new() { RemoteIp = IPAddress.Loopback });
}
