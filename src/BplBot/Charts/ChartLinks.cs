using BplBot.Status;
using System.Security.Cryptography;
using BplBot.Domain.Text;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Options;

namespace BplBot.Charts;

/// <summary>
/// Short-lived links to chart images that need no login: the measure and language are sealed with ASP.NET Data
/// Protection (encrypted and signed, keys kept beside the database) with an expiry. A tampered or expired link reads
/// as nothing.
/// </summary>
public sealed class ChartLinks(IDataProtectionProvider provider, TimeProvider time, IOptions<StatusOptions> options)
{
    public const string Path = "/charts/";
    private readonly ITimeLimitedDataProtector _protector = provider.CreateProtector("BplBot.Charts.v1").ToTimeLimitedDataProtector();

    public string Create(string baseUrl, int measureId, Language language)
    {
        var expires = time.GetUtcNow() + options.Value.ChartLinkLifetime;
        var token = _protector.Protect($"{measureId}|{(language == Language.English ? "en" : "sv")}", expires);
        return $"{baseUrl.TrimEnd('/')}{Path}{token}.png";
    }

    public (int MeasureId, Language Language)? Read(string token)
    {
        try
        {
            var payload = _protector.Unprotect(token.EndsWith(".png", StringComparison.Ordinal) ? token[..^4] : token).Split('|');
            return payload.Length == 2 && int.TryParse(payload[0], out var id)
                ? (id, payload[1] == "en" ? Language.English : Language.Swedish)
                : null;
        }
        catch (CryptographicException)
        {
            return null;
        }
    }
}
