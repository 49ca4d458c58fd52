using BplBot.Data;
using BplBot.Domain.Text;
using BplBot.Outbox;
using Microsoft.EntityFrameworkCore;

namespace BplBot.Digest;

/// <summary>The digest's problems line: people the bot can no longer reach (they removed it).</summary>
public sealed class DigestProblems(BplDbContext db)
{
    /// <param name="since">Where the digest starts: the window for counting the sending problems of the period.</param>
    public async Task<IReadOnlyList<DigestSection>> ReadAsync(DateTimeOffset since, Language l, CancellationToken ct)
    {
        var sections = new List<DigestSection>();
        var gone = await db.OutboxMessages.AsNoTracking().Where(o => o.Status == OutboxStatus.RecipientGone && o.PersonId != null)
            .Select(o => o.PersonId!.Value).Distinct().ToListAsync(ct);
        var goneNames = await db.People.AsNoTracking().Where(p => gone.Contains(p.Id)).Select(p => p.Name).ToListAsync(ct);
        goneNames = goneNames.Select(BplBot.Text.MarkdownText.Escape).ToList();
        if (goneNames.Count > 0)
            sections.Add(new(l.Pick("Når inte längre (har tagit bort BplBot)", "No longer reachable (removed BplBot)"), goneNames.Order().ToList()));
        return sections;
    }
}
