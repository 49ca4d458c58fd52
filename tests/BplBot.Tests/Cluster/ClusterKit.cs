using BplBot.BotFramework;
using BplBot.Conversations;
using BplBot.Domain.Network;
using BplBot.Reminders;
using BplBot.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Quartz;

namespace BplBot.Tests.Cluster;

internal static class ClusterKit
{
    /// <summary>A team of <paramref name="count"/> members, each with a Teams account and a 1:1 chat the bot knows. Person id → chat id.</summary>
    public static async Task<Dictionary<int, string>> AddTeamAsync(this BotCluster cluster, string key, int count)
    {
        await using var db = cluster.Db();
        var team = db.Teams.Add(new ImprovementTeam(key, $"Klusterteam {key}", key, "Jönköping", FocusArea.MentalHealth, "")).Entity;
        await db.SaveChangesAsync();
        var people = Enumerable.Range(0, count).Select(i =>
        {
            var person = new Person($"{key} {i}", $"{key}.{i}@example.se", $"00000000-0000-0000-{key.Length:x4}-{i:x12}", "sv-SE");
            person.Grant(Role.Member, team.Id);
            return person;
        }).ToList();
        db.People.AddRange(people);
        await db.SaveChangesAsync();
        var chats = new Dictionary<int, string>();
        var now = DateTimeOffset.UtcNow;
        foreach (var person in people)
        {
            var userId = $"29:{key}-{person.Id}";
            var user = new TeamsUser(userId, person.AadObjectId, TeamsActivities.TenantId);
            user.MatchTo(person.Id);
            db.TeamsUsers.Add(user);
            var chat = new ConversationReference("msteams", $"a:{key}-{person.Id}", ConversationKinds.Personal, now);
            chat.Refresh(new ReferenceSnapshot(cluster.Connector.ServiceUrl, TeamsActivities.BotId, TeamsActivities.BotName, TeamsActivities.TenantId, null, userId, person.AadObjectId), now);
            db.ConversationReferences.Add(chat);
            chats[person.Id] = chat.ConversationId;
        }
        await db.SaveChangesAsync();
        return chats;
    }

    /// <summary>
    /// Fires the meeting reminder job once, in the cluster: a trigger written through a Quartz client that is never
    /// started (it takes no part in running jobs); whichever instance acquires the trigger runs it.
    /// </summary>
    public static async Task<int> FireReminderAsync(this BotCluster cluster, int daysBefore)
    {
        await using var db = cluster.Db();
        var now = DateTimeOffset.UtcNow;
        var meeting = await db.Meetings.AsNoTracking().Where(m => m.StartsAt > now).OrderBy(m => m.StartsAt).FirstAsync();
        var client = await QuartzSchedulerBuilder.Create(q => q
                .ConfigureScheduler(o =>
                {
                    o.InstanceName = cluster.SchedulerName;
                    o.InstanceId = "test-client";
                })
                .UsePersistentStore(s =>
                {
                    s.UsePostgres(cluster.ConnectionString);
                    s.UseClustering();
                    s.UseSystemTextJsonSerializer();
                }))
            .BuildScheduler();
        try
        {
            await client.TriggerJob(MeetingReminderJob.Key, new JobDataMap { [MeetingReminderJob.MeetingId] = meeting.Id, [MeetingReminderJob.DaysBefore] = daysBefore });
        }
        finally
        {
            await client.Shutdown(false);
        }
        return meeting.Id;
    }

    public static async Task EventuallyAsync(Func<Task<bool>> done, string what, int seconds = 120)
    {
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        while (!await done())
        {
            if (DateTime.UtcNow > deadline) Assert.Fail($"Timed out waiting for {what}");
            await Task.Delay(50);
        }
    }

    /// <summary>The most posts that arrived within any one second.</summary>
    public static int BusiestSecond(IEnumerable<TimeSpan> arrivals)
    {
        var times = arrivals.Order().ToList();
        var most = 0;
        for (int i = 0, j = 0; i < times.Count; i++)
        {
            while (times[i] - times[j] >= TimeSpan.FromSeconds(1)) j++;
            most = Math.Max(most, i - j + 1);
        }
        return most;
    }
}
