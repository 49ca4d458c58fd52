using System.Text.Json.Nodes;
using BplBot.E2E.Hosting;
using Xunit.Abstractions;

namespace BplBot.E2E;

/// <summary>
/// A member's rights in a real Teams client: they report, ask for their data and download it, erase it, and a
/// coordinator's status still shows the team's rating.
/// </summary>
public sealed class PrivacyTests(PlaygroundFixture fixture, ITestOutputHelper output) : E2ETest(fixture, output)
{
    [Fact]
    public Task Member_DownloadsTheirData_ErasesIt_AndTheTeamsRatingStays() => RunAsync(async () =>
    {
        const string reason = "Privacy round: the joint visits hold";
        await SayAsync("demo medlem nassjo", "Nässjö");
        await SayAsync("report", "Let's report for **Nässjö**");
        await SayAsync("4.5", "why");
        await SayAsync(reason, "Measure 1 of 2");
        // Every part answered: the report replaces the team's earlier one for the period without losing anything.
        await SayAsync("14", "Measure 2 of 2");
        await SayAsync("30", "what did you test");
        await SayAsync("Joint visits on Tuesdays", "What did you learn");
        await SayAsync("Families say yes more often", "What will you do next");
        await SayAsync("Keep the Tuesdays", "Would you like help");
        await SayAsync("no", "Summary – Nässjö");
        await SayAsync("save", "is saved");

        // My data: the card, and its link downloads the file with the report in it.
        var card = Card(await SayAsync("my data", "Your data in BplBot"));
        var url = card["actions"]!.AsArray().Single(a => a!["type"]!.GetValue<string>() == "Action.OpenUrl")!["url"]!.GetValue<string>();
        using var http = new HttpClient();
        using var download = await http.GetAsync(new Uri(url));
        Assert.Equal("application/json", download.Content.Headers.ContentType?.MediaType);
        var file = JsonNode.Parse(await download.Content.ReadAsStringAsync())!;
        Assert.Equal(Config.CurrentUser.Name, file["profile"]!["name"]!.GetValue<string>());
        Assert.Contains(file["checkIns"]!.AsArray(), c => c!["reason"]!.GetValue<string>() == reason);

        // Delete my data: the card says what goes and what stays; its button erases.
        var confirm = await SayAsync("delete my data", "Delete your data?");
        Assert.True(confirm.Says("This is not deleted"), confirm.Readable);
        var button = Card(confirm)["actions"]![0]!["data"]!;
        var cursor = Playground.Messages.Cursor;
        await Playground.SubmitAsync(Config.PersonalChatId, confirm.MessageId, button);
        await Playground.Messages.WaitForAsync(cursor, m => IsBotPost(m) && m.Says("Done. I have deleted"), ReplyTimeout, "the erasure's confirmation");
        using (var gone = await http.GetAsync(new Uri(url))) Assert.Equal(System.Net.HttpStatusCode.NotFound, gone.StatusCode);

        // The same account is new to the bot now; as a coordinator it still sees the team's rating.
        await SayAsync("whoami", "You are not in the network yet");
        await SayAsync("demo samordnare", "samordnare i demonätverket");
        var status = await SayAsync("status Nässjö", "Status – Nässjö");
        Assert.True(status.Says("4.5 – "), status.Readable);
        Assert.True(status.Says(reason), status.Readable);
    });

    private static JsonNode Card(Driver.BotMessage message) => JsonNode.Parse(message.AttachmentsJson)![0]!["content"]!;
}
