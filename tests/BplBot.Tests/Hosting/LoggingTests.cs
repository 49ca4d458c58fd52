using System.Net;
using System.Text.Json.Nodes;
using BplBot.Tests.Infrastructure;

namespace BplBot.Tests.Hosting;

/// <summary>F15: what reaches the log from a turn: no forged lines, no connector URLs (they hold conversation and user ids).</summary>
public sealed class LoggingTests
{
    [Fact]
    public async Task ActivityIdWithNewline_IsLoggedOnOneLine()
    {
        await using var app = new BotApplication();
        var forged = "x1\ninfo: BplBot.Security[0]\n      Coordinator role granted to mallory by maja.lindqvist@example.se";
        var activity = JsonNode.Parse(TeamsActivities.PersonalMessage("hjälp"))!.AsObject();
        activity["id"] = forged;

        // Twice: the review's probe forged the "Duplicate delivery" line of the second delivery.
        await app.SendAsync(activity.ToJsonString(), HttpStatusCode.BadRequest);
        await app.SendAsync(activity.ToJsonString(), HttpStatusCode.BadRequest);

        Assert.DoesNotContain(app.Logs.Lines, line => line.Contains("\ninfo: BplBot.Security", StringComparison.Ordinal));
        Assert.Equal(2, app.Logs.Lines.Count(line => line.Contains("x1\\u000ainfo: BplBot.Security[0]\\u000a", StringComparison.Ordinal)));
        Assert.Empty(app.Connector.Sent);
    }

    [Fact]
    public async Task ConnectorCalls_AreNotLoggedAtInformation()
    {
        await using var app = new BotApplication();

        await app.SendAsync(TeamsActivities.PersonalMessage("hjälp"));

        Assert.NotEmpty(app.Connector.Sent);
        Assert.DoesNotContain(app.Logs.Lines, line => line.StartsWith("Information System.Net.Http.HttpClient", StringComparison.Ordinal));
        // Scopes are recorded too, but the console log prints none (IncludeScopes is off).
        var written = app.Logs.Lines.Where(line => !line.Contains(" scope: ", StringComparison.Ordinal));
        Assert.DoesNotContain(written, line => line.Contains("/_connector/v3/conversations", StringComparison.Ordinal));
    }
}
