using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;

namespace BplBot.Hosting;

/// <summary>What a kind of signed link is for, where it is served, and the file ending it carries.</summary>
public sealed record LinkPurpose(string Name, string Path, string Extension);

/// <summary>
/// Signed, expiring links that need no login (ASP.NET Data Protection, a protector per purpose, as the newsletter's
/// links): the payload and the file ending are sealed in the token, so a changed, expired or other purpose's link
/// reads as nothing. The token holds only what its endpoint needs to find the data (an id), never the data itself.
/// </summary>
public sealed class SignedLinks(IDataProtectionProvider provider, TimeProvider time, PublicAddress address)
{
    public string Create(LinkPurpose purpose, string payload, TimeSpan lifetime)
    {
        ArgumentNullException.ThrowIfNull(purpose);
        var token = Protector(purpose).Protect($"{payload}|{purpose.Extension}", time.GetUtcNow() + lifetime);
        return $"{address.BaseUrl()}{purpose.Path}{token}.{purpose.Extension}";
    }

    /// <summary>The payload of a valid, unexpired link of this purpose; null for anything else.</summary>
    public string? Read(LinkPurpose purpose, string token)
    {
        ArgumentNullException.ThrowIfNull(purpose);
        var suffix = "." + purpose.Extension;
        if (token is null || !token.EndsWith(suffix, StringComparison.Ordinal)) return null;
        try
        {
            // The protector reads expiry from the system clock's view unless told: compare with the app's clock instead.
            var payload = Protector(purpose).Unprotect(token[..^suffix.Length], out var expires);
            if (expires <= time.GetUtcNow()) return null;
            var bar = payload.LastIndexOf('|');
            return bar > 0 && payload[(bar + 1)..] == purpose.Extension ? payload[..bar] : null;
        }
        catch (CryptographicException)
        {
            return null;
        }
    }

    private ITimeLimitedDataProtector Protector(LinkPurpose purpose) =>
        provider.CreateProtector("BplBot." + purpose.Name + ".v1").ToTimeLimitedDataProtector();
}
