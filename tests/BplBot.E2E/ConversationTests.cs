using BplBot.E2E.Hosting;
using Xunit.Abstractions;

namespace BplBot.E2E;

/// <summary>The user asks for help in each kind of Teams conversation and gets it where they asked.</summary>
public sealed class ConversationTests(PlaygroundFixture fixture, ITestOutputHelper output) : E2ETest(fixture, output)
{
    [Fact]
    public Task Help_InPersonalChat_AnswersWithHelpText() => RunAsync(async () =>
    {
        var cursor = Playground.Messages.Cursor;

        await Playground.SendPersonalAsync("hjälp");

        var reply = await WaitForHelpAsync(cursor, "'hjälp' in the personal chat");
        Assert.Equal(Config.PersonalChatId, reply.ConversationId);
    });

    [Fact]
    public Task Help_MentioningTheBotInGroupChat_AnswersInTheGroupChat() => RunAsync(async () =>
    {
        var cursor = Playground.Messages.Cursor;

        await Playground.SendGroupAsync("hjälp");

        var reply = await WaitForHelpAsync(cursor, "'<at>Test Bot</at> hjälp' in the group chat");
        Assert.Equal(Config.GroupChatId, reply.ConversationId);
    });

    [Fact]
    public Task Help_InNewChannelPost_AnswersInThatPostsThread() => RunAsync(async () =>
    {
        var cursor = Playground.Messages.Cursor;

        var post = await Playground.PostInChannelAsync("hjälp");

        Assert.Equal($"{Config.GeneralChannelId};messageid={post.MessageId}", post.PostConversationId);
        var reply = await WaitForHelpAsync(cursor, "a new post '<at>Test Bot</at> hjälp' in General");
        Assert.Equal(post.PostConversationId, reply.ConversationId);
        Assert.Equal(post.PostConversationId, reply.ThreadId);
    });
}
