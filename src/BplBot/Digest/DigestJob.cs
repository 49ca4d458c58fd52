using System.Globalization;
using BplBot.Data;
using BplBot.Domain.Network;
using BplBot.Domain.Text;
using BplBot.Domain.Time;
using BplBot.Outbox;
using Microsoft.EntityFrameworkCore;
using Quartz;

namespace BplBot.Digest;

/// <summary>The weekly digest: one outbox message per coordinator per ISO week, so a rerun never sends it twice.</summary>
[DisallowConcurrentExecution]
public sealed class DigestJob(BplDbContext db, DigestBuilder builder, OutboxWriter outbox, TimeProvider time, Jobs.JobFailures failures) : IJob
{
    public static readonly JobKey Key = new("weekly-digest", "digest");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken) =>
        await failures.RunAsync(context, PlanAsync, cancellationToken);

    public async Task<int> PlanAsync(CancellationToken ct)
    {
        var today = Stockholm.Today(time.GetUtcNow()).ToDateTime(TimeOnly.MinValue);
        var occasion = $"digest:{ISOWeek.GetYear(today)}-W{ISOWeek.GetWeekOfYear(today):00}";
        var coordinators = await db.People.AsNoTracking().Where(p => p.Roles.Any(r => r.Role == Role.Coordinator)).ToListAsync(ct);
        var messages = new List<(OutboxRecipient, string, string?)>();
        foreach (var person in coordinators)
            messages.Add((OutboxRecipient.Person(person.Id), await builder.BuildAsync(person.WritesIn, ct), null));
        return await outbox.PlanAsync(occasion, messages, ct);
    }
}
