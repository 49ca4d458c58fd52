using System.Security.Cryptography;
using BplBot.Data;
using BplBot.Status;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace BplBot.Charts;

/// <summary>A chart's stored picture and the token of its link.</summary>
public sealed record ChartImage(string Token, byte[] Png);

/// <summary>
/// Links to chart images that need no login and keep working in old cards: the image is stored as it was drawn, under
/// a random token, for <c>Status:ChartLinkLifetime</c> (120 days by default). Expired snapshots are removed when new
/// ones are made; an unknown or expired token reads as nothing.
/// </summary>
public sealed class ChartLinks(BplDbContext db, TimeProvider time, IOptions<StatusOptions> options)
{
    public const string Path = "/charts/";

    /// <summary>
    /// The chart's picture, drawn once for its content and stored, so the card can carry it inline or link to it. The
    /// same chart asked again (nothing new reported) is read, not drawn: most of a status turn was drawing.
    /// </summary>
    public async Task<ChartImage> DrawAsync(ChartRequest request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        var now = time.GetUtcNow();
        var expires = now + options.Value.ChartLinkLifetime;
        // Read first: most turns find nothing to prune, and a read takes no write lock.
        if (await db.ChartSnapshots.AnyAsync(s => s.ExpiresAt <= now, ct))
            await db.ChartSnapshots.Where(s => s.ExpiresAt <= now).ExecuteDeleteAsync(ct);
        var key = request.Fingerprint();
        var snapshot = await db.ChartSnapshots.SingleOrDefaultAsync(s => s.Hash == key, ct);
        if (snapshot is null)
        {
            var png = RunChartRenderer.Png(request);
            (snapshot, _) = await db.InsertOrFindAsync(new ChartSnapshot(NewToken(), key, png, now, expires),
                c => db.ChartSnapshots.SingleOrDefaultAsync(s => s.Hash == key, c), ct);
        }
        // Moving the expiry on every card would write on every status; a day's slack (less for short lifetimes) is enough.
        var slack = TimeSpan.FromTicks(Math.Min(TimeSpan.FromDays(1).Ticks, options.Value.ChartLinkLifetime.Ticks / 100));
        if (expires - snapshot.ExpiresAt > slack)
        {
            snapshot.KeepUntil(expires);
            await db.SaveChangesAsync(ct);
        }
        return new ChartImage(snapshot.Token, snapshot.Png);
    }

    /// <summary>The link a card shows for a stored picture.</summary>
    public static string Url(string baseUrl, ChartImage image)
    {
        ArgumentNullException.ThrowIfNull(baseUrl);
        ArgumentNullException.ThrowIfNull(image);
        return $"{baseUrl.TrimEnd('/')}{Path}{image.Token}.png";
    }

    /// <summary>The picture behind a link while it is valid.</summary>
    public async Task<byte[]?> ReadAsync(string token, CancellationToken ct)
    {
        var key = token.EndsWith(".png", StringComparison.Ordinal) ? token[..^4] : token;
        if (key.Length is 0 or > 32) return null;
        var now = time.GetUtcNow();
        var snapshot = await db.ChartSnapshots.AsNoTracking().SingleOrDefaultAsync(s => s.Token == key, ct);
        return snapshot is not null && snapshot.IsValidAt(now) ? snapshot.Png : null;
    }

    private static string NewToken() =>
        Convert.ToBase64String(RandomNumberGenerator.GetBytes(16)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
