using System.Text.Json;
using System.Text.Json.Nodes;
using BplBot.E2E.Driver;
using BplBot.E2E.Hosting;
using Xunit.Abstractions;

namespace BplBot.E2E;

/// <summary>A team member reports in a real Teams client: once in text, once with the card form.</summary>
public sealed class CheckInTests(PlaygroundFixture fixture, ITestOutputHelper output) : E2ETest(fixture, output)
{
    [Fact]
    public Task TextCheckIn_InPersonalChat_IsSaved() => RunAsync(async () =>
    {
        await SayAsync("demo medlem nassjo", "Nässjö");
        await SayAsync("report", "Let's report for **Nässjö**");
        await SayAsync("3.5", "why");
        await SayAsync("We see more joint home visits", "Measure 1 of 2");
        await SayAsync("14", "Measure 2 of 2");
        await SayAsync("30", "what did you test");
        await SayAsync("Home visits on Tuesdays", "What did you learn");
        await SayAsync("skip", "What will you do next");
        await SayAsync("skip", "Would you like help");
        var summary = await SayAsync("no", "Summary – Nässjö");
        Assert.Contains("3.5 (Improvement)", summary.Text, StringComparison.Ordinal);
        await SayAsync("save", "Thank you! The report for **Nässjö** is saved");
    });

    [Fact]
    public Task FormCheckIn_ExecuteThenSave_IsSaved() => RunAsync(async () =>
    {
        await SayAsync("demo medlem nassjo", "Nässjö");
        var form = await SayAsync("report form", "Input.ChoiceSet");
        var card = JsonNode.Parse(form.AttachmentsJson)![0]!["content"]!;
        var data = card["actions"]![0]!["data"]!.AsObject();
        Assert.Equal("checkin-form", data["bplbot"]!.GetValue<string>());

        var inputs = JsonSerializer.SerializeToNode(new
        {
            rating = "4.0", reason = "Measures keep moving", measure0 = "15", measure1 = "", tested = "Joint visits",
            learned = "", next = "", support = "false", supportTopic = "",
        })!.AsObject();
        foreach (var (key, value) in data) inputs[key] = value?.DeepClone();
        using var response = await Playground.ExecuteAsync(Config.PersonalChatId, form.MessageId, "checkin.submit", inputs);
        var body = response.RootElement.GetRawText();
        Assert.Contains("application/vnd.microsoft.card.adaptive", body, StringComparison.Ordinal);
        Assert.Contains("Summary – Nässjö", body, StringComparison.Ordinal);

        var cursor = Playground.Messages.Cursor;
        await Playground.SubmitAsync(Config.PersonalChatId, form.MessageId, new { bplbot = "answer", answer = "spara" });
        await Playground.Messages.WaitForAsync(cursor, m => IsBotPost(m) && m.Says("Thank you! The report for **Nässjö** is saved"),
            ReplyTimeout, "the thank-you after pressing Save");
    });

    private async Task<BotMessage> SayAsync(string text, string expected)
    {
        var cursor = Playground.Messages.Cursor;
        await Playground.SendPersonalAsync(text);
        return await Playground.Messages.WaitForAsync(cursor,
            m => IsBotPost(m) && m.ConversationId == Config.PersonalChatId && m.Says(expected),
            ReplyTimeout, $"a reply containing '{expected}' after '{text}' in the personal chat");
    }
}
