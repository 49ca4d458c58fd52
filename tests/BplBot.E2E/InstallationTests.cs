using BplBot.E2E.Driver;
using BplBot.E2E.Hosting;
using Xunit.Abstractions;

namespace BplBot.E2E;

/// <summary>
/// Teams (and the playground's UI, on every page load and chat switch) sends install events again
/// and again, several at a time: the bot must accept each one and greet a conversation at most once.
/// </summary>
public sealed class InstallationTests(PlaygroundFixture fixture, ITestOutputHelper output) : E2ETest(fixture, output)
{
    /// <summary>Each installation delivers installationUpdate (add) and conversationUpdate (membersAdded).</summary>
    private const int DeliveriesPerInstall = 2;

    /// <summary>Time for a late greeting to show up before greetings are counted.</summary>
    private static readonly TimeSpan Settle = TimeSpan.FromSeconds(1);

    [Fact]
    public Task RepeatedInstallEvents_AllAccepted_GreetAtMostOnce_HelpStillAnswered() => RunAsync(async () =>
    {
        var messages = Playground.Messages.Cursor;
        var log = Playground.Log.Cursor;

        for (var i = 0; i < 3; i++)
        {
            await Playground.InstallAsync(Config.PersonalChatId);
        }
        await Playground.InstallAsync(Config.GroupChatId);

        var expected = 4 * DeliveriesPerInstall;
        await Playground.Log.WaitUntilAsync(log, seen => seen.Count(IsInstallEvent) >= expected, ReplyTimeout,
            $"the bot's answers to {expected} install events");
        var delivered = Playground.Log.Since(log).Where(IsInstallEvent).ToList();
        Assert.Equal(3 * DeliveriesPerInstall, delivered.Count(e => e.ConversationId == Config.PersonalChatId));
        Assert.Equal(DeliveriesPerInstall, delivered.Count(e => e.ConversationId == Config.GroupChatId));
        Assert.All(delivered, e => Assert.True(e.StatusCode == 200, $"The bot answered {e}; expected 200."));

        var personalHelp = Playground.Messages.Cursor;
        await Playground.SendPersonalAsync("hjälp");
        var personalReply = await WaitForHelpAsync(personalHelp, "'hjälp' in the personal chat after the installs");
        Assert.Equal(Config.PersonalChatId, personalReply.ConversationId);

        var groupHelp = Playground.Messages.Cursor;
        await Playground.SendGroupAsync("hjälp");
        var groupReply = await WaitForHelpAsync(groupHelp, "'hjälp' in the group chat after the install");
        Assert.Equal(Config.GroupChatId, groupReply.ConversationId);

        // Counted last, so a greeting sent late still counts: per chat, at most one greeting plus the help reply.
        await Task.Delay(Settle);
        var posts = Playground.Messages.Since(messages).Where(IsBotPost).ToList();
        AssertAtMostOneGreeting(posts, Config.PersonalChatId, personalReply);
        AssertAtMostOneGreeting(posts, Config.GroupChatId, groupReply);
    });

    private static bool IsInstallEvent(LogEntry entry) =>
        entry.IsToBot && entry.ActivityName is "installationUpdate" or "conversationUpdate";

    private static void AssertAtMostOneGreeting(List<BotMessage> posts, string conversationId, BotMessage helpReply)
    {
        var greetings = posts.Where(m => m.ConversationId == conversationId && m != helpReply).ToList();
        Assert.True(greetings.Count <= 1,
            $"The bot greeted {conversationId} {greetings.Count} times:{Environment.NewLine}  {string.Join(Environment.NewLine + "  ", greetings)}");
    }
}
