using System.Text.Json.Nodes;
using BplBot.Tests.BotFramework.TestSupport;
using Microsoft.IdentityModel.Tokens;

namespace BplBot.Tests.Infrastructure;

/// <summary>
/// The whole bot with a real app id: inbound tokens are signed by the project's own local issuer (which plays
/// login.botframework.com), replies get their token from a fake Entra endpoint, and activities come from the
/// Teams service URL the token names.
/// </summary>
internal sealed class TokenMode
{
    public const string AppId = BotTestHost.AppId;
    public const string ServiceUrl = "https://smba.trafficmanager.net/emea/";
    public const string ForeignTenant = "99999999-9999-9999-9999-999999999999";

    private readonly FakeBotFrameworkIssuer _issuer = new();
    private readonly RsaSecurityKey _key;

    public TokenMode() => _key = _issuer.Publish("bplbot-test-key", "msteams");

    public static Dictionary<string, string?> Settings() => new()
    {
        ["Bot:AppId"] = AppId,
        ["Bot:AppPassword"] = "test-secret",
        ["Bot:TenantId"] = TeamsActivities.TenantId,
        ["Bot:OpenIdMetadataUrl"] = FakeBotFrameworkIssuer.MetadataUrl,
        ["Status:PublicBaseUrl"] = "https://bplbot.example.se",
    };

    public HttpMessageHandler Issuer => _issuer.Handler;

    public HttpMessageHandler TokenEndpoint { get; } = FakeTokenEndpoint.Create();

    public string Authorization() => "Bearer " + FakeBotFrameworkIssuer.CreateToken(_key, ServiceUrl);

    /// <summary>The same activity from another Entra tenant (both places Teams names the tenant).</summary>
    public static string FromTenant(string activityJson, string tenantId)
    {
        var activity = JsonNode.Parse(activityJson)!.AsObject();
        activity["conversation"]!["tenantId"] = tenantId;
        activity["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = tenantId } };
        return activity.ToJsonString();
    }
}
