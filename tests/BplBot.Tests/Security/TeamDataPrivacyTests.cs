using BplBot.Tests.CheckIn;
using BplBot.Tests.Infrastructure;
using static BplBot.Tests.Infrastructure.TeamsActivities;

namespace BplBot.Tests.Security;

/// <summary>Security review F3: team data only where it may be seen.</summary>
public sealed class TeamDataPrivacyTests
{
    private static List<RecordedCall> In(BotApplication app, string conversation) =>
        app.Connector.Sent.Where(c => c.RawPath.Contains(Uri.EscapeDataString(conversation), StringComparison.Ordinal)).ToList();

    private static string Readable(RecordedCall call) => System.Text.Json.Nodes.JsonNode.Parse(call.Body ?? "null")!.Text();

    private static async Task<BotApplication> MemberWithAChatAsync()
    {
        var app = new BotApplication();
        app.AsFatima();
        await app.SendAsync(PersonalMessage("vem är jag")); // Fatima's 1:1 chat with the bot
        app.Connector.Clear();
        return app;
    }

    [Fact]
    public async Task GroupChat_StatusOfTeam_IsSentToTheAskersPersonalChat()
    {
        await using var app = await MemberWithAChatAsync();

        await app.SendAsync(GroupMessage("status Nässjö"));

        var group = Assert.Single(In(app, GroupChat));
        Assert.Equal("Jag har skickat det till dig privat.", group.Text);
        Assert.DoesNotContain("attachments", group.Body, StringComparison.Ordinal);
        Assert.Contains("Status – Nässjö", Readable(Assert.Single(In(app, PersonalChat))), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheTeamsOwnLinkedChannel_GetsItsStatusThere()
    {
        await using var app = await MemberWithAChatAsync();
        await app.SendAsync(ChannelPost("koppla Nässjö", "501"));
        app.Connector.Clear();

        await app.SendAsync(ChannelPost("status Nässjö", "502"));
        await app.SendAsync(ChannelPost("status Attarp", "503")); // not Fatima's team: refused, and nothing about it shown

        Assert.Contains("Status – Nässjö", Readable(In(app, TeamId)[0]), StringComparison.Ordinal);
        Assert.Empty(In(app, PersonalChat));
    }

    [Theory]
    [InlineData("vem är jag", "fatima.noor@example.se")]
    [InlineData("status", "Översikt")]
    public async Task GroupChat_PersonalAnswers_GoToTheAskersChat(string command, string privateText)
    {
        await using var app = await MemberWithAChatAsync();

        await app.SendAsync(GroupMessage(command));

        Assert.DoesNotContain(In(app, GroupChat), c => Readable(c).Contains(privateText, StringComparison.Ordinal));
        Assert.Contains(In(app, PersonalChat), c => Readable(c).Contains(privateText, StringComparison.Ordinal));
    }

    [Fact]
    public async Task GroupChat_CoordinatorCommands_AnswerInTheCoordinatorsChat()
    {
        await using var app = new BotApplication();
        await app.SendAsync(PersonalMessage("demo samordnare"));
        app.Connector.Clear();

        await app.SendAsync(GroupMessage("veckosammanfattning"));
        await app.SendAsync(GroupMessage("nyhetsbrev text"));

        Assert.All(In(app, GroupChat), c => Assert.Equal("Jag har skickat det till dig privat.", c.Text));
        Assert.True(In(app, PersonalChat).Count >= 2);
    }
}
