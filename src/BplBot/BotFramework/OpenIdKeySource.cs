using System.Text.Json;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;

namespace BplBot.BotFramework;

/// <summary>
/// Downloads the OpenID metadata, then its <c>jwks_uri</c>, and maps kid → key + endorsements. Done by hand because
/// IdentityModel's ConfigurationManager drops the non-standard <c>endorsements</c> (as the SDK's EndorsementsRetriever does).
/// </summary>
internal sealed class OpenIdKeySource(IHttpClientFactory httpClientFactory, IOptions<BotOptions> options)
{
    public async Task<IReadOnlyDictionary<string, SigningKey>> FetchAsync(CancellationToken cancellationToken)
    {
        var http = httpClientFactory.CreateClient(BotFrameworkHttpClients.OpenIdMetadata);
        var metadataUrl = new Uri(options.Value.OpenIdMetadataUrl);

        using var metadata = await GetJsonAsync(http, metadataUrl, cancellationToken);
        var jwksValue = metadata.RootElement.TryGetProperty("jwks_uri", out var property) && property.ValueKind == JsonValueKind.String
            ? property.GetString()
            : null;
        if (string.IsNullOrEmpty(jwksValue))
        {
            throw new InvalidDataException("The OpenID metadata has no jwks_uri.");
        }

        using var jwks = await GetJsonAsync(http, new Uri(metadataUrl, jwksValue), cancellationToken);
        return ParseKeys(jwks.RootElement);
    }

    private static async Task<JsonDocument> GetJsonAsync(HttpClient http, Uri url, CancellationToken cancellationToken)
    {
        using var response = await http.GetAsync(url, cancellationToken);
        response.EnsureSuccessStatusCode();
        await using var stream = await response.Content.ReadAsStreamAsync(cancellationToken);
        return await JsonDocument.ParseAsync(stream, cancellationToken: cancellationToken);
    }

    private static Dictionary<string, SigningKey> ParseKeys(JsonElement jwks)
    {
        var keys = new Dictionary<string, SigningKey>(StringComparer.Ordinal);
        if (!jwks.TryGetProperty("keys", out var array) || array.ValueKind != JsonValueKind.Array)
        {
            throw new InvalidDataException("The JWKS has no keys array.");
        }
        foreach (var element in array.EnumerateArray())
        {
            var kid = element.TryGetProperty("kid", out var kidElement) && kidElement.ValueKind == JsonValueKind.String
                ? kidElement.GetString()
                : null;
            if (string.IsNullOrEmpty(kid))
            {
                continue; // A key no token can name is useless to us.
            }
            try
            {
                keys[kid] = new SigningKey(new JsonWebKey(element.GetRawText()), ReadEndorsements(element));
            }
            catch (ArgumentException)
            {
                // One malformed key must not cost us the others; a token naming it fails as "unknown key".
            }
        }
        return keys;
    }

    private static HashSet<string> ReadEndorsements(JsonElement key)
    {
        var endorsements = new HashSet<string>(StringComparer.Ordinal);
        if (key.TryGetProperty("endorsements", out var array) && array.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in array.EnumerateArray())
            {
                if (item.ValueKind == JsonValueKind.String && item.GetString() is { Length: > 0 } channel)
                {
                    endorsements.Add(channel);
                }
            }
        }
        return endorsements;
    }
}
