using BplBot.E2E.Driver;
using BplBot.E2E.Hosting;
using Xunit.Abstractions;

namespace BplBot.E2E;

/// <summary>
/// Base of the e2e tests. The conversation stream is shared by all of them, so each test takes a
/// cursor before it acts and matches its reply by content and conversation.
/// </summary>
[Collection(E2ECollection.Name)]
public abstract class E2ETest(PlaygroundFixture fixture, ITestOutputHelper output)
{
    protected static readonly TimeSpan ReplyTimeout = TimeSpan.FromSeconds(15);

    protected Playground Playground => fixture.Playground;

    protected PlaygroundConfig Config => fixture.Playground.Config;

    /// <summary>Runs the scenario; if it fails, the test output gets both processes' logs and the streams.</summary>
    protected async Task RunAsync(Func<Task> scenario)
    {
        try
        {
            await scenario();
        }
        catch
        {
            fixture.MarkFailed();
            output.WriteLine(fixture.Diagnostics());
            // A scenario that failed mid-dialog would leave it open for the next tests, which share the user: their
            // "hjälp" would then be read as an answer and one failure would look like four.
            try
            {
                await CancelAnythingOpenAsync();
            }
            catch (Exception e) when (e is TimeoutException or InvalidOperationException or IOException)
            {
                output.WriteLine($"Could not cancel what the failed scenario left open: {e.GetType().Name}");
            }
            throw;
        }
    }

    /// <summary>The bot posted a new message (not an update, not typing).</summary>
    protected bool IsBotPost(BotMessage message) => message.IsNewMessage && message.FromId != Config.CurrentUser.Id;

    /// <summary>Ends whatever dialog an earlier test left open (the tests share the playground's one user).</summary>
    protected async Task CancelAnythingOpenAsync()
    {
        var cursor = Playground.Messages.Cursor;
        await Playground.SendPersonalAsync("avbryt");
        await Playground.Messages.WaitForAsync(cursor,
            m => IsBotPost(m) && (m.Says("avbröts") || m.Says("inget att avbryta") || m.Says("cancelled") || m.Says("nothing to cancel")),
            ReplyTimeout, "the answer to 'avbryt'");
    }

    /// <summary>Says <paramref name="text"/> in the 1:1 chat and waits for the bot's reply containing <paramref name="expected"/>.</summary>
    protected async Task<BotMessage> SayAsync(string text, string expected)
    {
        var cursor = Playground.Messages.Cursor;
        await Playground.SendPersonalAsync(text);
        return await Playground.Messages.WaitForAsync(cursor,
            m => IsBotPost(m) && m.ConversationId == Config.PersonalChatId && m.Says(expected),
            ReplyTimeout, $"a reply containing '{expected}' after '{text}' in the personal chat");
    }

    /// <summary>
    /// The first help text the bot posts after <paramref name="cursor"/>, in whatever conversation, so
    /// that a reply in the wrong place fails on an assertion that says so rather than on a timeout.
    /// The playground's locale is en-US, so the bot may answer in English.
    /// </summary>
    protected Task<BotMessage> WaitForHelpAsync(int cursor, string after) =>
        Playground.Messages.WaitForAsync(
            cursor,
            m => IsBotPost(m)
                && (m.Says("Det här kan jag hjälpa dig med") || m.Says("Here is what I can do for you"))
                && (m.Says("**hjälp**") || m.Says("**help**")),
            ReplyTimeout,
            $"help text (its heading, listing 'hjälp'/'help') after {after}");
}
