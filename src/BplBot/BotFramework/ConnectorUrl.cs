namespace BplBot.BotFramework;

/// <summary>Builds <c>{serviceUrl}/v3/...</c>: exactly one slash at the join, every segment escaped.</summary>
internal static class ConnectorUrl
{
    public static Uri? TryBuild(string serviceUrl, IReadOnlyList<string> segments)
    {
        if (!Uri.TryCreate(serviceUrl, UriKind.Absolute, out var baseUri)
            || (baseUri.Scheme != Uri.UriSchemeHttps && baseUri.Scheme != Uri.UriSchemeHttp)
            || baseUri.Query.Length > 0 || baseUri.Fragment.Length > 0 || baseUri.UserInfo.Length > 0)
        {
            return null;
        }
        // Teams ids carry ':', '@', ';' and '=' ("19:x@thread.tacv2;messageid=1"): unescaped they would change the path.
        var path = string.Join('/', segments.Select(Uri.EscapeDataString));
        return Uri.TryCreate($"{serviceUrl.TrimEnd('/')}/{path}", UriKind.Absolute, out var uri) ? uri : null;
    }
}
