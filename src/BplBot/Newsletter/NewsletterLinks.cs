using System.Security.Cryptography;
using BplBot.Hosting;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Options;

namespace BplBot.Newsletter;

/// <summary>
/// Signed, expiring links to a draft's files (Data Protection, like the chart links): the draft and format are sealed
/// in the link, so a changed or expired link reads as nothing.
/// </summary>
public sealed class NewsletterLinks(IDataProtectionProvider provider, TimeProvider time, IOptions<NewsletterOptions> options, PublicAddress address)
{
    public const string Path = "/newsletter/";
    private readonly ITimeLimitedDataProtector _protector = provider.CreateProtector("BplBot.Newsletter.v1").ToTimeLimitedDataProtector();

    public string Create(int draftId, string format)
    {
        var token = _protector.Protect($"{draftId}|{format}", time.GetUtcNow() + options.Value.LinkLifetime);
        return $"{address.BaseUrl()}{Path}{token}.{format}";
    }

    public (int DraftId, string Format)? Read(string token)
    {
        var dot = token.LastIndexOf('.');
        if (dot < 0) return null;
        try
        {
            var payload = _protector.Unprotect(token[..dot]).Split('|');
            return payload.Length == 2 && int.TryParse(payload[0], out var id) && payload[1] == token[(dot + 1)..] ? (id, payload[1]) : null;
        }
        catch (CryptographicException)
        {
            return null;
        }
    }
}
