using BplBot.Data;
using BplBot.Outbox;
using Microsoft.EntityFrameworkCore;

namespace BplBot.Digest;

/// <summary>
/// Where a person's digest starts: when their last weekly digest was made (its outbox row's planning time: what
/// happened after it was not in it). A digest that never reached them (they removed the bot, or sending gave up)
/// does not count. Without one, the last seven days. Showing the digest on demand writes no row, so it moves nothing.
/// </summary>
public sealed class DigestMark(BplDbContext db)
{
    public const string OccasionPrefix = "digest:";
    public static readonly TimeSpan FirstWindow = TimeSpan.FromDays(7);

    public async Task<(DateTimeOffset Since, bool FromLastDigest)> ForAsync(int? personId, DateTimeOffset now, string? excludingOccasion, CancellationToken ct)
    {
        if (personId is { } id)
        {
            var last = await db.OutboxMessages.AsNoTracking()
                .Where(o => o.PersonId == id && o.Occasion.StartsWith(OccasionPrefix) && o.Occasion != excludingOccasion
                    && o.Status != OutboxStatus.Failed && o.Status != OutboxStatus.RecipientGone && o.CreatedAt <= now)
                .Select(o => (DateTimeOffset?)o.CreatedAt).ToListAsync(ct);
            // The maximum in memory: a value converter stands between the column and the instant, and the rows are one a week.
            if (last.Max() is { } at) return (at, true);
        }
        return (now - FirstWindow, false);
    }
}
