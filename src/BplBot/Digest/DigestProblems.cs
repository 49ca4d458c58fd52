using BplBot.Data;
using BplBot.Domain.Text;
using BplBot.Outbox;
using Microsoft.EntityFrameworkCore;

namespace BplBot.Digest;

/// <summary>
/// The digest's problems: people the bot can no longer reach (they removed it), and the period's sends that were given
/// up or may have arrived twice (no answer from Teams, or a sender that died mid-send).
/// </summary>
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
        var period = await db.OutboxMessages.AsNoTracking().Where(o => o.CreatedAt >= since && (o.Status == OutboxStatus.Failed || o.InDoubt > 0))
            .Select(o => new { o.Status, o.InDoubt }).ToListAsync(ct);
        var failed = period.Count(o => o.Status == OutboxStatus.Failed);
        var doubtful = period.Count(o => o.InDoubt > 0);
        var lines = new[]
        {
            failed > 0 ? l.Pick($"{Plural.Of(failed, "meddelande", "meddelanden", l)} kunde inte skickas", $"{Plural.Of(failed, "message", "messages", l)} could not be sent") : null,
            doubtful > 0 ? l.Pick($"{Plural.Of(doubtful, "meddelande", "meddelanden", l)} kan ha kommit fram två gånger (Teams svar uteblev)",
                $"{Plural.Of(doubtful, "message", "messages", l)} may have arrived twice (Teams did not answer)") : null,
        }.OfType<string>().ToList();
        if (lines.Count > 0) sections.Add(new(l.Pick("Problem med utskicken", "Problems with sending"), lines));
        return sections;
    }
}
