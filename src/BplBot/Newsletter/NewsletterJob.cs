using BplBot.Data;
using BplBot.Domain.Network;
using BplBot.Domain.Text;
using BplBot.Outbox;
using Microsoft.EntityFrameworkCore;
using Quartz;

namespace BplBot.Newsletter;

/// <summary>
/// After a meeting: builds its newsletter draft (unless one exists) and tells every coordinator with a card. Idempotent:
/// the message is one outbox row per (meeting, coordinator), and a second run finds the draft already built.
/// </summary>
[DisallowConcurrentExecution]
public sealed class NewsletterJob(
    BplDbContext db, NewsletterBuilder builder, NewsletterCard cards, OutboxWriter outbox, Jobs.JobFailures failures, ILogger<NewsletterJob> logger) : IJob
{
    public static readonly JobKey Key = new("newsletter-draft", "newsletter");
    public const string MeetingId = "meetingId";

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken) =>
        await failures.RunAsync(context, ct => RunAsync(context.MergedJobDataMap.GetInt(MeetingId), ct), cancellationToken);

    public async Task<int> RunAsync(int meetingId, CancellationToken ct)
    {
        var meeting = await db.Meetings.AsNoTracking().SingleOrDefaultAsync(m => m.Id == meetingId, ct);
        if (meeting is null || meeting.IsCancelled)
        {
            logger.LogInformation("No newsletter draft for meeting {MeetingId}: it is gone or cancelled", meetingId);
            return 0;
        }
        var draft = await db.NewsletterDrafts.AsNoTracking().Where(d => d.MeetingId == meetingId).OrderByDescending(d => d.Version).FirstOrDefaultAsync(ct)
            ?? await builder.BuildAsync(meetingId, ct);
        var coordinators = await db.People.AsNoTracking().Where(p => p.Roles.Any(r => r.Role == Role.Coordinator)).ToListAsync(ct);
        var messages = coordinators.Select(p =>
        {
            var l = p.WritesIn;
            var text = l.Pick($"Utkastet till nyhetsbrevet efter träff {meeting.Ordinal} är klart.", $"The newsletter draft after meeting {meeting.Ordinal} is ready.");
            return (OutboxRecipient.Person(p.Id), text, (string?)cards.Build(draft, meeting, l).ToJson().ToJsonString());
        });
        return await outbox.PlanAsync($"newsletter:{meetingId}", messages, ct);
    }
}
