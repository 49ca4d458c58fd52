using System.Globalization;
using BplBot.Data;
using BplBot.Domain.Network;
using BplBot.Domain.Text;
using BplBot.Domain.Time;
using BplBot.Outbox;
using Microsoft.EntityFrameworkCore;
using Quartz;

namespace BplBot.Digest;

/// <summary>
/// The weekly digest: one outbox message (a card) per coordinator per ISO week, so a rerun never sends it twice. The
/// row's planning time is where the coordinator's next digest starts (<see cref="DigestMark"/>).
/// </summary>
[DisallowConcurrentExecution]
public sealed class DigestJob(BplDbContext db, DigestBuilder builder, OutboxWriter outbox, TimeProvider time, Jobs.JobFailures failures) : IJob
{
    public static readonly JobKey Key = new("weekly-digest", "digest");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken) =>
        await failures.RunAsync(context, PlanAsync, cancellationToken);

    public async Task<int> PlanAsync(CancellationToken ct)
    {
        var today = Stockholm.Today(time.GetUtcNow()).ToDateTime(TimeOnly.MinValue);
        var occasion = $"{DigestMark.OccasionPrefix}{ISOWeek.GetYear(today)}-W{ISOWeek.GetWeekOfYear(today):00}";
        var coordinators = await db.People.AsNoTracking().Where(p => p.Roles.Any(r => r.Role == Role.Coordinator)).ToListAsync(ct);
        var messages = new List<(OutboxRecipient, string, string?)>();
        foreach (var person in coordinators)
        {
            // Each coordinator's digest runs from their own last one; the card carries it all, so no text bubble repeats it.
            var content = await builder.BuildAsync(person.Id, person.WritesIn, ct, excludingOccasion: occasion);
            messages.Add((OutboxRecipient.Person(person.Id), string.Empty, DigestCard.Build(content, person.WritesIn).ToJson().ToJsonString()));
        }
        return await outbox.PlanAsync(occasion, messages, ct);
    }
}
