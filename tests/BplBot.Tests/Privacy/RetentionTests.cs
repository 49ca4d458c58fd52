using BplBot.Charts;
using BplBot.Conversations;
using BplBot.Data;
using BplBot.Dialogs;
using BplBot.Domain.Audit;
using BplBot.Domain.CheckIn;
using BplBot.Domain.Network;
using BplBot.Domain.Time;
using BplBot.Jobs;
using BplBot.Newsletter;
using BplBot.Outbox;
using BplBot.Retention;
using BplBot.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Quartz;

namespace BplBot.Tests.Privacy;

/// <summary>The nightly retention on a fake clock: exactly what is due goes, a second run deletes nothing more.</summary>
public sealed class RetentionTests
{
    private static readonly DateTimeOffset Now = new(2027, 3, 1, 12, 0, 0, TimeSpan.Zero);

    private static DateTimeOffset DaysAgo(int days) => Now.AddDays(-days);

    [Fact]
    public async Task NightlyRetention_DeletesExactlyWhatIsDue_AndASecondRunNothingMore()
    {
        var clock = new FakeTimeProvider(Now);
        await using var app = new BotApplication(time: clock);
        // Quartz keeps its time by the app's TimeProvider: advancing the fake clock by weeks would fire the nightly
        // job in the background too, racing the runs this test makes itself (the job's trigger is tested below).
        await (await app.Services.GetRequiredService<ISchedulerFactory>().GetScheduler()).PauseAll();
        var ids = Seed(app);

        var first = await RunAsync(app);
        Assert.Equal(new RetentionReport(Messages: 1, NewsletterVersions: 1, AuditEntries: 1, ChartSnapshots: 1, UnknownAccounts: 1, UnknownChats: 1,
            PeopleErased: 1), first);
        app.WithDb(db =>
        {
            Assert.Equal(["test:pending", "test:recent"], db.OutboxMessages.Where(m => m.Occasion.StartsWith("test:")).Select(m => m.Occasion).OrderBy(o => o).ToList());
            Assert.Equal([(ids.Meeting1, 2), (ids.Meeting2, 1)], db.NewsletterDrafts.AsEnumerable().Select(d => (d.MeetingId, d.Version)).OrderBy(d => d).ToList());
            Assert.Equal(["kept"], db.AuditEntries.Where(a => a.Detail == "kept" || a.Detail == "old").Select(a => a.Detail).ToList());
            Assert.Equal(["keep"], db.ChartSnapshots.Select(s => s.Token).ToList());
            Assert.Equal(["29:new"], db.TeamsUsers.Where(u => u.TeamsUserId.StartsWith("29:")).Select(u => u.TeamsUserId).ToList());
            Assert.Equal(["a:new"], db.ConversationReferences.Where(c => c.ConversationId.StartsWith("a:")).Select(c => c.ConversationId).ToList());
            Assert.Equal(["r:1"], db.ProcessedActivities.Where(p => p.ActivityId.StartsWith("r:")).Select(p => p.ActivityId).ToList());
            Assert.Equal(["fresh"], db.DialogStates.Select(d => d.Kind).ToList());

            var people = db.People.AsNoTracking().Where(p => ids.People.Contains(p.Id)).ToDictionary(p => p.Id);
            Assert.True(people[ids.Old].IsErased);
            Assert.False(people[ids.Recent].IsErased);
            Assert.False(people[ids.Active].IsErased); // seen 400 days ago, but reported 10 days ago
            Assert.Equal(DaysAgo(10), people[ids.Active].SeenAt);
            Assert.False(people[ids.Never].IsErased);
            Assert.Equal(Now, people[ids.Never].SeenAt); // first noticed tonight: counted from now
            Assert.Single(db.AuditEntries.Where(a => a.Action == AuditAction.PersonErased && a.Actor == AuditActor.Bot && a.SubjectPersonId == ids.Old));
            // The demo network's people are in its data (roles from the file): never erased by retention.
            Assert.Equal(0, db.People.Count(p => p.ErasedAt != null && !ids.People.Contains(p.Id)));
            return 0;
        });

        Assert.Equal(new RetentionReport(0, 0, 0, 0, 0, 0, 0), await RunAsync(app));

        // 66 days on, the one last seen 300 days ago is due too.
        clock.Advance(TimeSpan.FromDays(66));
        Assert.Equal(1, (await RunAsync(app)).PeopleErased);
        Assert.True(app.WithDb(db => db.People.AsNoTracking().Single(p => p.Id == ids.Recent).IsErased));
    }

    [Fact]
    public async Task RetentionJob_IsScheduledNightlyAtTenToFourStockholmTime()
    {
        await using var app = new BotApplication(time: new FakeTimeProvider(Now));
        var scheduler = await app.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        Assert.NotNull(await scheduler.GetJobDetail(RetentionJob.Key));
        var trigger = Assert.IsAssignableFrom<ICronTrigger>(await scheduler.GetTrigger(new TriggerKey("retention-nightly", "maintenance")));
        Assert.Equal(Stockholm.Zone.Id, trigger.TimeZone.Id);
        var next = trigger.GetFireTimeAfter(Now)!.Value;
        Assert.Equal(new DateTime(2027, 3, 2, 3, 50, 0), Stockholm.ToLocal(next));
    }

    private static async Task<RetentionReport> RunAsync(BotApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        await ActivatorUtilities.CreateInstance<PruneProcessedActivitiesJob>(scope.ServiceProvider).Execute(null!, CancellationToken.None);
        await ActivatorUtilities.CreateInstance<PruneExpiredDialogsJob>(scope.ServiceProvider).Execute(null!, CancellationToken.None);
        return await scope.ServiceProvider.GetRequiredService<RetentionRun>().RunAsync(CancellationToken.None);
    }

    private sealed record Seeded(int Meeting1, int Meeting2, int Old, int Recent, int Active, int Never)
    {
        public int[] People => [Old, Recent, Active, Never];
    }

    private static Seeded Seed(BotApplication app)
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<BplDbContext>();
        var team = db.Teams.First();
        Person Member(string name, DateTimeOffset? seen)
        {
            var person = new Person(name, name.Replace(' ', '.').ToLowerInvariant() + "@kommun.se");
            person.Grant(Role.Member, team.Id); // a role given in chat: the network file does not list them
            if (seen is { } at) person.NoteSeen(at);
            return db.People.Add(person).Entity;
        }
        var old = Member("Olle Gammal", DaysAgo(366));
        var recent = Member("Rut Nyligen", DaysAgo(300));
        var active = Member("Aktiv Person", DaysAgo(400));
        var never = Member("Ny Person", null);
        db.SaveChanges();
        db.CheckIns.Add(new TeamCheckIn(team.Id, null, active.Id, DaysAgo(10), new CheckInContent(3m, "Bra", [], null, null, null, null)));

        OutboxMessage Message(string occasion, int created, int? finished)
        {
            var m = new OutboxMessage(occasion, OutboxRecipient.Person(recent.Id), "text", null, DaysAgo(created));
            if (finished is { } f) m.MarkSent(DaysAgo(f), null);
            return m;
        }
        db.OutboxMessages.AddRange(Message("test:old", 100, 91), Message("test:recent", 100, 89), Message("test:pending", 200, null));

        var meetings = db.Meetings.OrderBy(m => m.Ordinal).Take(2).ToList();
        var overview = new BplBot.Domain.Newsletter.NetworkOverview(7, 3, [], 3m, null, null, null);
        db.NewsletterDrafts.AddRange(
            new NewsletterDraft(meetings[0].Id, 1, DaysAgo(181), overview, [], "v1", "v1"),   // an earlier version, old enough: goes
            new NewsletterDraft(meetings[0].Id, 2, DaysAgo(181), overview, [], "v2", "v2"),   // the meeting's latest: stays
            new NewsletterDraft(meetings[1].Id, 1, DaysAgo(200), overview, [], "only", "only"));
        db.AuditEntries.AddRange(
            new AuditEntry(DaysAgo(731), AuditAction.RoleGranted, AuditActor.NetworkFile, null, detail: "old"),
            new AuditEntry(DaysAgo(729), AuditAction.RoleGranted, AuditActor.NetworkFile, null, detail: "kept"));
        db.ChartSnapshots.AddRange(
            new ChartSnapshot("gone", "h1", [1], DaysAgo(130), Now.AddMinutes(-1)),
            new ChartSnapshot("keep", "h2", [1], DaysAgo(10), Now.AddDays(1)));

        var stranger = new TeamsUser("29:old", "aad-old");
        stranger.RecordLookup(DaysAgo(91));
        var newcomer = new TeamsUser("29:new", "aad-new");
        newcomer.RecordLookup(DaysAgo(1));
        db.TeamsUsers.AddRange(stranger, newcomer);
        db.ConversationReferences.AddRange(Chat("a:old", "29:old", DaysAgo(91)), Chat("a:new", "29:new", DaysAgo(1)));
        db.ProcessedActivities.AddRange(new ProcessedActivity("msteams", "c", "r:3", DaysAgo(3)), new ProcessedActivity("msteams", "c", "r:1", DaysAgo(1)));
        var stale = new DialogState(new DialogKey("msteams", "c", "u1"), "stale", DaysAgo(20));
        stale.Save("s", "{}", DaysAgo(20), TimeSpan.FromDays(12), "sv"); // expired 8 days ago
        var fresh = new DialogState(new DialogKey("msteams", "c", "u2"), "fresh", DaysAgo(10));
        fresh.Save("s", "{}", DaysAgo(10), TimeSpan.FromDays(4), "sv"); // expired 6 days ago: still told on the next message
        db.DialogStates.AddRange(stale, fresh);
        db.SaveChanges();
        return new Seeded(meetings[0].Id, meetings[1].Id, old.Id, recent.Id, active.Id, never.Id);
    }

    private static ConversationReference Chat(string id, string userId, DateTimeOffset seen)
    {
        var chat = new ConversationReference("msteams", id, "personal", seen);
        chat.Refresh(new ReferenceSnapshot("https://smba.example/", "28:bot", "BplBot", "tenant", null, userId, null), seen);
        return chat;
    }
}
