using System.Net;
using BplBot.Outbox;
using Microsoft.EntityFrameworkCore;
using static BplBot.Tests.Infrastructure.TeamsActivities;

namespace BplBot.Tests.Cluster;

/// <summary>
/// Three real bot processes on one PostgreSQL database behind a round-robin front, as a region runs it. Nothing waits
/// on wall time for ordering: every step waits for a state it can observe (a row, a post, a lock holder).
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed class ClusterTests
{
    [Fact]
    public async Task CheckIn_RotatingOverInstances_IsOneDialog_ARetryOnAnotherInstanceIsAnsweredOnce_AndATriggerFiresOnce()
    {
        await using var cluster = await BotCluster.StartAsync(3);
        cluster.Connector.AddMember(UserId, "fatima.noor@example.se", "Fatima Noor");

        // A Teams retry of one activity that lands on two instances at once is handled once.
        var hello = PersonalMessage("vem är jag", id: "retry-1");
        var statuses = await Task.WhenAll(cluster.PostAsync(hello, cluster.Nodes[0]), cluster.PostAsync(hello, cluster.Nodes[1]));
        Assert.All(statuses, s => Assert.Equal(HttpStatusCode.OK, s));
        Assert.Single(cluster.Connector.Received, r => r.Conversation == PersonalChat);

        // Each turn of the check-in goes to the next instance; the dialog's state lives in the database.
        var answers = new[] { "rapportera", "3,5", "Fler hembesök görs tillsammans", "14", "30", "Hembesök på tisdagar", "hoppa över", "Fortsätta", "nej", "spara" };
        var start = DateTimeOffset.UtcNow;
        foreach (var (answer, i) in answers.Select((a, i) => (a, i)))
            Assert.Equal(HttpStatusCode.OK, await cluster.PostAsync(PersonalMessage(answer, id: $"turn-{i}"), cluster.Nodes[i % 3]));
        var replies = cluster.Connector.Received.Where(r => r.Conversation == PersonalChat).Select(r => r.Text).ToList();
        Assert.Contains(replies, t => t.Contains("sparad", StringComparison.OrdinalIgnoreCase));
        await using (var db = cluster.Db())
        {
            var fatima = await db.People.AsNoTracking().SingleAsync(p => p.Email == "fatima.noor@example.se");
            Assert.Equal(1, await db.CheckIns.CountAsync(c => c.PersonId == fatima.Id && c.SubmittedAt >= start));
            Assert.Equal(0, await db.DialogStates.CountAsync());
        }

        // A reminder trigger fired with three instances up runs once in the cluster.
        var chats = await cluster.AddTeamAsync("once", 3);
        var meetingId = await cluster.FireReminderAsync(daysBefore: 5);
        await ClusterKit.EventuallyAsync(() => Task.FromResult(chats.Values.All(c => cluster.Connector.Received.Any(r => r.Conversation == c))), "the reminder to the three");
        await ClusterKit.EventuallyAsync(async () => await cluster.ScalarAsync<long>(
            $"SELECT count(*) FROM qrtz_fired_triggers WHERE sched_name = '{cluster.SchedulerName}'") == 0, "the firing to finish");
        Assert.Equal(1, cluster.Nodes.Sum(n => n.Output.Split('\n').Count(l => l.Contains($"Reminder for meeting {meetingId} (5 days before)", StringComparison.Ordinal))));
        Assert.All(chats.Values, c => Assert.Single(cluster.Connector.Received, r => r.Conversation == c));
    }

    [Fact]
    public async Task FanOutTo300_TwoInstancesKilled_EveryoneGetsIt_DuplicatesOnlyInDoubt_NoSecondOver30()
    {
        await using var cluster = await BotCluster.StartAsync(3);
        var chats = await cluster.AddTeamAsync("fanout", 300);
        var clock = cluster.Connector.Now;
        await cluster.FireReminderAsync(daysBefore: 7);
        int Reached() => cluster.Connector.Received.Where(r => r.Status == 201).Select(r => r.Conversation).Where(chats.ContainsValue).Distinct().Count();

        // Kill the dispatching instance at a quarter, and the one that took over at 60 %.
        await ClusterKit.EventuallyAsync(() => Task.FromResult(Reached() >= 75), "a quarter of the fan-out");
        var first = await cluster.WaitForLeaderAsync();
        first.Kill();
        var second = await cluster.WaitForLeaderAsync(notThis: first);
        await ClusterKit.EventuallyAsync(() => Task.FromResult(Reached() >= 180), "60 % of the fan-out");
        second.Kill();
        await ClusterKit.EventuallyAsync(() => Task.FromResult(Reached() == 300), "all 300, from the last instance");
        await ClusterKit.EventuallyAsync(async () => await cluster.ScalarAsync<long>(
            "SELECT count(*) FROM \"Outbox\" WHERE \"Status\" IN ('Pending', 'Sending') AND \"Occasion\" LIKE 'reminder:%:7'") == 0, "every row finished", 60);

        var posts = cluster.Connector.Received.Where(r => chats.ContainsValue(r.Conversation)).ToList();
        var twice = posts.GroupBy(p => p.Conversation).Where(g => g.Count() > 1).Select(g => g.Key).ToHashSet();
        await using var db = cluster.Db();
        var rows = await db.OutboxMessages.AsNoTracking().Where(m => m.Occasion.EndsWith(":7") && m.PersonId != null).ToListAsync();
        var inDoubt = rows.Where(r => r.InDoubt > 0 && chats.ContainsKey(r.PersonId!.Value)).Select(r => chats[r.PersonId!.Value]).ToHashSet();
        Assert.Equal(300, rows.Count(r => chats.ContainsKey(r.PersonId!.Value) && r.Status == OutboxStatus.Sent));
        Assert.Subset(inDoubt, twice);
        Assert.True(twice.Count <= 2 * 8, $"{twice.Count} sent twice: at most the sends in flight of the two killed instances");
        Assert.True(ClusterKit.BusiestSecond(posts.Select(p => p.At)) <= 30, $"busiest second: {ClusterKit.BusiestSecond(posts.Select(p => p.At))} posts");
        File.AppendAllText(Path.Combine(Path.GetTempPath(), "bplbot-cluster-figures.txt"),
            $"fan-out 300 with two kills: {(posts.Max(p => p.At) - posts.Min(p => p.At)).TotalSeconds:0.0} s first to last post ({(posts.Min(p => p.At) - clock).TotalSeconds:0.0} s until the trigger was picked up), {twice.Count} duplicates, {inDoubt.Count} in doubt, busiest second {ClusterKit.BusiestSecond(posts.Select(p => p.At))}\n");
    }

    [Fact]
    public async Task FanOutTo300_NothingKilled_EachOnce_NoneInDoubt_NoSecondOver30()
    {
        await using var cluster = await BotCluster.StartAsync(3);
        var chats = await cluster.AddTeamAsync("quiet", 300);
        var clock = cluster.Connector.Now;
        await cluster.FireReminderAsync(daysBefore: 8);
        await ClusterKit.EventuallyAsync(() => Task.FromResult(
            cluster.Connector.Received.Where(r => chats.ContainsValue(r.Conversation)).Select(r => r.Conversation).Distinct().Count() == 300), "all 300");

        var posts = cluster.Connector.Received.Where(r => chats.ContainsValue(r.Conversation)).ToList();
        Assert.Equal(300, posts.Count);
        // No false failover: no instance was taken for dead, no row in doubt.
        Assert.Equal(0, await cluster.ScalarAsync<long>("SELECT count(*) FROM \"Outbox\" WHERE \"InDoubt\" > 0"));
        Assert.DoesNotContain("in doubt", cluster.Logs, StringComparison.Ordinal);
        Assert.True(ClusterKit.BusiestSecond(posts.Select(p => p.At)) <= 30);
        File.AppendAllText(Path.Combine(Path.GetTempPath(), "bplbot-cluster-figures.txt"),
            $"fan-out 300 without kills: {(posts.Max(p => p.At) - posts.Min(p => p.At)).TotalSeconds:0.0} s first to last post ({(posts.Min(p => p.At) - clock).TotalSeconds:0.0} s until the trigger was picked up), busiest second {ClusterKit.BusiestSecond(posts.Select(p => p.At))}\n");
    }

    [Fact]
    public async Task A429WithRetryAfter5_PausesEveryInstance_EvenAcrossALeaderChange()
    {
        await using var cluster = await BotCluster.StartAsync(3);
        var chats = await cluster.AddTeamAsync("pause", 60);
        cluster.Connector.Respond = n => n == 20 ? (429, 5) : null;
        await cluster.FireReminderAsync(daysBefore: 9);

        await ClusterKit.EventuallyAsync(() => Task.FromResult(cluster.Connector.Received.Any(r => r.Status == 429)), "the 429");
        var throttledAt = cluster.Connector.Received.Single(r => r.Status == 429).At;
        // The instance that was told to wait records the pause, and dies; the one taking over must honour it.
        await ClusterKit.EventuallyAsync(async () => await cluster.ScalarAsync<long>("SELECT count(*) FROM \"SendPauses\"") == 1, "the pause recorded");
        (await cluster.WaitForLeaderAsync()).Kill();
        await ClusterKit.EventuallyAsync(() => Task.FromResult(chats.Values.All(c => cluster.Connector.Received.Any(r => r.Status == 201 && r.Conversation == c))), "all 60");

        // Sends already on the wire when the 429 came back may land just after it; nothing is sent later, until the 5 s are up.
        var during = cluster.Connector.Received.Where(r => r.At > throttledAt + TimeSpan.FromMilliseconds(200) && r.At < throttledAt + TimeSpan.FromSeconds(5)).ToList();
        Assert.True(during.Count == 0, $"{during.Count} posts during the pause, the first {(during.FirstOrDefault()?.At - throttledAt)?.TotalSeconds:0.00} s after the 429");
    }
}

[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ClusterCollection
{
    public const string Name = "Cluster of real processes";
}
