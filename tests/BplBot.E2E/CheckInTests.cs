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
        await CancelAnythingOpenAsync();
        await SayAsync("demo medlem nassjo", "Nässjö");
        await SayAsync("report", "Let's report for **Nässjö**");
        await SayAsync("3.5", "why");
        await SayAsync("We see more joint home visits", "Measure 1 of 2");
        await SayAsync("14", "Measure 2 of 2");
        await SayAsync("30", "what did you test");
        await SayAsync("Home visits on Tuesdays", "What did you learn");
        await SayAsync("A fixed day helps", "What will you do next");
        await SayAsync("Keep Tuesdays", "help");
        var summary = await SayAsync("no", "Summary – Nässjö");
        Assert.Contains("3.5 (Improvement)", summary.Text, StringComparison.Ordinal);
        await SayAsync("save", "Thank you! The report for **Nässjö** is saved");

        // The saved rating is what a later status shows.
        var status = await SayAsync("status Nässjö", "Status – Nässjö");
        Assert.Contains("3.5 – Improvement", status.Readable, StringComparison.Ordinal);
        Assert.Contains("We see more joint home visits", status.Readable, StringComparison.Ordinal);
    });

    [Fact]
    public Task FormCheckIn_ExecuteThenSave_IsSaved() => RunAsync(async () =>
    {
        await CancelAnythingOpenAsync();
        await SayAsync("demo medlem nassjo", "Nässjö");
        var form = await SayAsync("report form", "Input.ChoiceSet");
        var card = JsonNode.Parse(form.AttachmentsJson)![0]!["content"]!;
        var data = card["actions"]![0]!["data"]!.AsObject();
        Assert.Equal("checkin-form", data["bplbot"]!.GetValue<string>());

        var inputs = JsonSerializer.SerializeToNode(new
        {
            rating = "4.0", reason = "Measures keep moving", measure0 = "15", measure1 = "31", tested = "Joint visits",
            learned = "Families say yes to a concrete offer", next = "Keep going", support = "false", supportTopic = "",
        })!.AsObject();
        foreach (var (key, value) in data) inputs[key] = value?.DeepClone();
        using var response = await Playground.ExecuteAsync(Config.PersonalChatId, form.MessageId, "checkin.submit", inputs);
        var body = response.RootElement.GetRawText();
        Assert.Contains("application/vnd.microsoft.card.adaptive", body, StringComparison.Ordinal);
        Assert.Contains("Summary – Nässjö", body, StringComparison.Ordinal);

        // "Save" on the summary card: the card turns into the saved, read-only report.
        var save = JsonNode.Parse(body)!["value"]!["actions"]!.AsArray().Single(a => a!["title"]!.GetValue<string>() == "Save")!;
        var cursor = Playground.Messages.Cursor;
        using var saved = await Playground.ExecuteAsync(Config.PersonalChatId, form.MessageId, save["verb"]!.GetValue<string>(), save["data"]!.AsObject());
        var savedCard = saved.RootElement.GetRawText();
        Assert.Contains("Saved ✓ – Nässjö", JsonNode.Parse(savedCard)!.ToJsonString(Readable), StringComparison.Ordinal);
        Assert.DoesNotContain("\"actions\"", savedCard, StringComparison.Ordinal);
        await Playground.Messages.WaitForAsync(cursor, m => IsBotPost(m) && m.Says("Thank you! The report for **Nässjö** is saved"),
            ReplyTimeout, "the thank-you after pressing Save");
    });

    [Fact]
    public Task SwedishCheckIn_InAnEnglishTeams_WithACommandMidDialog() => RunAsync(async () =>
    {
        await CancelAnythingOpenAsync();
        // The playground always sends en-US: Swedish command words are answered in Swedish, and the dialog stays Swedish.
        await SayAsync("demo medlem nassjo", "Nässjö");
        await SayAsync("rapportera", "Då rapporterar vi för **Nässjö**");
        await SayAsync("3,5", "**varför**");
        // A command in the middle is answered as a command, and the question comes again; nothing is stored as the reason.
        var cursor = Playground.Messages.Cursor;
        await Playground.SendPersonalAsync("nästa träff");
        await Playground.Messages.WaitForAsync(cursor, m => IsBotPost(m) && m.Says("Nästa träff: träff 9"), ReplyTimeout, "the next meeting");
        await Playground.Messages.WaitForAsync(cursor, m => IsBotPost(m) && m.Says("**varför**"), ReplyTimeout, "the reason question again");
        await SayAsync("Fler familjer tackar ja till kontakt", "Mått 1 av 2");
        await SayAsync("22", "Mått 2 av 2");
        await SayAsync("40,5", "vad testade ni");
        await SayAsync("Kuratorn bokar uppföljning", "Vad lärde ni er");
        await SayAsync("Ett erbjudande hjälper", "Vad gör ni härnäst");
        var support = await SayAsync("Fortsätta under våren", "stöd");
        await SayAsync(support.Says("Ska frågan finnas kvar") ? "ta bort" : "nej", "Sammanfattning – Nässjö");
        var saved = await SayAsync("spara", "Rapporten för **Nässjö** är sparad");
        Assert.Contains("Tack!", saved.Text, StringComparison.Ordinal);
    });

    private static readonly System.Text.Json.JsonSerializerOptions Readable =
        new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
}

/// <summary>A coach asks for a team's status in a real Teams client, in the 1:1 chat and in a channel.</summary>
public sealed class StatusTests(PlaygroundFixture fixture, ITestOutputHelper output) : E2ETest(fixture, output)
{
    [Fact]
    public Task Status_InPersonalChatAndChannel_ShowsTheCardWithCharts() => RunAsync(async () =>
    {
        var cursor = Playground.Messages.Cursor;
        await Playground.SendPersonalAsync("demo coach nassjo");
        await Playground.Messages.WaitForAsync(cursor, m => IsBotPost(m) && m.Says("Nässjö"), ReplyTimeout, "the demo role");

        cursor = Playground.Messages.Cursor;
        await Playground.SendPersonalAsync("status Nässjö");
        var personal = await Playground.Messages.WaitForAsync(cursor,
            m => IsBotPost(m) && m.ConversationId == Config.PersonalChatId && m.Says("Status – Nässjö"), ReplyTimeout, "the status card in the 1:1 chat");
        await AssertChartsAsync(personal);

        // In a channel the team is not linked to, the card is for the asker alone: it goes to the 1:1 chat, the thread gets a note.
        cursor = Playground.Messages.Cursor;
        var post = await Playground.PostInChannelAsync("status Nässjö");
        var note = await Playground.Messages.WaitForAsync(cursor,
            m => IsBotPost(m) && m.Says("I have sent it to you privately"), ReplyTimeout, "the note in the channel");
        Assert.Equal(post.PostConversationId, note.ThreadId);
        var privately = await Playground.Messages.WaitForAsync(cursor,
            m => IsBotPost(m) && m.ConversationId == Config.PersonalChatId && m.Says("Status – Nässjö"), ReplyTimeout, "the card in the 1:1 chat");
        await AssertChartsAsync(privately);
    });

    /// <summary>Every chart is an image with alt text that the client can load (a data: URI or a link to the bot).</summary>
    private static async Task AssertChartsAsync(BotMessage message)
    {
        var card = System.Text.Json.Nodes.JsonNode.Parse(message.AttachmentsJson)![0]!["content"]!;
        var images = card["body"]!.AsArray().Where(e => e!["type"]!.GetValue<string>() == "Container")
            .SelectMany(c => c!["items"]!.AsArray()).Where(i => i!["type"]!.GetValue<string>() == "Image").ToList();
        Assert.NotEmpty(images);
        using var http = new HttpClient();
        foreach (var image in images)
        {
            var alt = image!["altText"]!.GetValue<string>();
            Assert.True(alt.StartsWith("Seriediagram för", StringComparison.Ordinal) || alt.StartsWith("Run chart for", StringComparison.Ordinal), alt);
            var url = image["url"]!.GetValue<string>();
            if (url.StartsWith("data:image/png;base64,", StringComparison.Ordinal)) continue;
            using var response = await http.GetAsync(new Uri(url));
            Assert.Equal("image/png", response.Content.Headers.ContentType?.MediaType);
        }
    }
}

/// <summary>A coordinator in a real Teams client: a meeting from the card form, then the newsletter draft and its Word file.</summary>
public sealed class CoordinatorTests(PlaygroundFixture fixture, ITestOutputHelper output) : E2ETest(fixture, output)
{
    [Fact]
    public Task MeetingForm_AndNewsletterDraft_WorkInTeams() => RunAsync(async () =>
    {
        await SayAsync("demo samordnare", "samordnare i demonätverket");
        var form = await SayAsync("new meeting", "Input.Date");
        var data = JsonNode.Parse(form.AttachmentsJson)![0]!["content"]!["actions"]![0]!["data"]!.AsObject();
        var inputs = new JsonObject { ["date"] = "2027-09-14", ["start"] = "09:00", ["end"] = "12:00", ["place"] = "Eksjö", ["theme"] = "Spridning" };
        foreach (var (key, value) in data) inputs[key] = value?.DeepClone();
        var cursor = Playground.Messages.Cursor;
        await Playground.SubmitAsync(Config.PersonalChatId, form.MessageId, inputs);
        await Playground.Messages.WaitForAsync(cursor, m => IsBotPost(m) && m.Says("14 September 2027 09:00–12:00 in Eksjö"),
            ReplyTimeout, "the added meeting after submitting the form");

        var draft = await SayAsync("build newsletter", "Newsletter draft – meeting 8");
        var url = JsonNode.Parse(draft.AttachmentsJson)![0]!["content"]!["actions"]![0]!["url"]!.GetValue<string>();
        using var http = new HttpClient();
        using var docx = await http.GetAsync(new Uri(url));
        Assert.Equal(System.Net.HttpStatusCode.OK, docx.StatusCode);
        var bytes = await docx.Content.ReadAsByteArrayAsync();
        Assert.Equal((byte)'P', bytes[0]); // a zip: the .docx container
        Assert.Equal((byte)'K', bytes[1]);
    });
}
