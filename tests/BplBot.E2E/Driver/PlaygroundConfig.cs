using System.Text.Json;

namespace BplBot.E2E.Driver;

public sealed record Account(string Id, string Name);

/// <summary>The mock tenant the playground plays, from <c>GET /_internal/v1/config</c>.</summary>
public sealed record PlaygroundConfig(
    string TenantId,
    Account Bot,
    Account CurrentUser,
    string PersonalChatId,
    string GroupChatId,
    string TeamId,
    string GeneralChannelId,
    string Locale)
{
    internal static PlaygroundConfig Parse(JsonElement root)
    {
        var config = root.GetProperty("config");
        var team = config.GetProperty("teams")[0];
        // In Teams the General channel has the team's id.
        var general = team.GetProperty("channels").EnumerateArray()
            .First(c => c.GetProperty("id").GetString() == team.GetProperty("id").GetString());
        return new PlaygroundConfig(
            config.GetProperty("tenantId").GetString()!,
            ReadAccount(config.GetProperty("bot")),
            ReadAccount(config.GetProperty("currentUser")),
            config.GetProperty("personalChat").GetProperty("id").GetString()!,
            config.GetProperty("groupChats")[0].GetProperty("id").GetString()!,
            team.GetProperty("id").GetString()!,
            general.GetProperty("id").GetString()!,
            root.GetProperty("internalConfig").GetProperty("locale").GetString()!);
    }

    private static Account ReadAccount(JsonElement e) =>
        new(e.GetProperty("id").GetString()!, e.GetProperty("name").GetString()!);
}
