using System.Net;

namespace BplBot.Tests.BotFramework.TestSupport;

/// <summary>Plays the Entra token endpoint MSAL calls for the bot's outbound token.</summary>
internal static class FakeTokenEndpoint
{
    public const string AccessToken = "test-access-token";

    public static FakeHttpHandler Create() => new(_ => FakeHttpHandler.Json(HttpStatusCode.OK,
        $$"""{"token_type":"Bearer","expires_in":3600,"ext_expires_in":3600,"access_token":"{{AccessToken}}"}"""));
}
