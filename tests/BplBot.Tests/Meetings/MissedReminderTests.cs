using BplBot.Data;
using BplBot.Domain.Network;
using BplBot.Domain.Time;
using BplBot.Outbox;
using BplBot.Reminders;
using BplBot.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static BplBot.Tests.Infrastructure.TeamsActivities;

namespace BplBot.Tests.Meetings;

/// <summary>A reminder due while the bot was down goes out once when it is back (inside the window), never twice.</summary>
public sealed class MissedReminderTests
{
    private static Dictionary<string, string?> Settings(DateTimeOffset remindAt, string window) => new()
    {
        ["Reminders:DaysBefore:0"] = "0",
        ["Reminders:At"] = TimeOnly.FromDateTime(Stockholm.ToLocal(remindAt)).ToString("HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture),
        ["Reminders:CatchUpWindow"] = window,
        ["Outbox:PollInterval"] = "00:00:01",
    };

    private static async Task<int> AddMeetingTodayAsync(BotApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<BplDbContext>();
        var start = DateTimeOffset.UtcNow.AddHours(2);
        if (Stockholm.Today(start) != Stockholm.Today(DateTimeOffset.UtcNow)) return -1; // too close to midnight for this test
        var meeting = db.Meetings.Add(new Meeting(50, start, start.AddHours(1), "Jönköping", "")).Entity;
        await db.SaveChangesAsync();
        await scope.ServiceProvider.GetRequiredService<ReminderScheduler>().SyncAsync(meeting, CancellationToken.None);
        return meeting.Id;
    }

    [Theory]
    [InlineData("00:10:00", 1)]
    [InlineData("00:00:01", 0)]
    public async Task MissedWhileDown_FiresOnceWithinTheWindow_AndNotAfterIt(string window, int expected)
    {
        var remindAt = DateTimeOffset.UtcNow.AddSeconds(3);
        var settings = Settings(remindAt, window);
        var connector = new FakeConnector();
        string folder;
        int meetingId;
        await using (var first = new BotApplication(settings: settings, connector: connector))
        {
            folder = first.Folder;
            await first.SendAsync(InstallPersonal());
            first.AddMembers("vetlanda", 1, "missed");
            meetingId = await AddMeetingTodayAsync(first);
            if (meetingId < 0) return;
        }
        while (DateTimeOffset.UtcNow < remindAt.AddSeconds(3)) await Task.Delay(200);

        for (var restart = 0; restart < 2; restart++)
        {
            await using var again = new BotApplication(folder, settings: settings, connector: connector);
            _ = again.Server;
            await Task.Delay(3000);
        }

        var occasion = $"reminder:{meetingId}:0";
        await using var check = new BotApplication(folder, settings: settings, connector: connector);
        var sent = check.WithDb(db => db.OutboxMessages.AsNoTracking().Count(m => m.Occasion == occasion && m.Status == OutboxStatus.Sent));
        Assert.Equal(expected, sent);
        Assert.Equal(expected, connector.Sent.Count(c => (c.Text ?? "").Contains("träff 50", StringComparison.Ordinal)));
    }
}
