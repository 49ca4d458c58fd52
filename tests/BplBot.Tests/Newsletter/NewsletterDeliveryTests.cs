using BplBot.Data;
using System.Net;
using System.Text.Json.Nodes;
using BplBot.Newsletter;
using BplBot.Outbox;
using BplBot.Reminders;
using BplBot.Tests.CheckIn;
using BplBot.Tests.Infrastructure;
using BplBot.Tests.Meetings;
using DocumentFormat.OpenXml.Packaging;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace BplBot.Tests.Newsletter;

/// <summary>After the meeting: the job builds the draft, the coordinators get a card, its links download the files.</summary>
public abstract class NewsletterDeliveryTests(DatabaseProvider provider) : ProviderTests(provider)
{
    private static readonly Dictionary<string, string?> Settings = new()
    {
        ["Status:PublicBaseUrl"] = "https://bplbot.example.se", ["Outbox:PollInterval"] = "00:00:01", ["Outbox:RetryBaseDelay"] = "00:00:00",
    };

    private static List<string> Links(JsonObject card) =>
        card["actions"]!.AsArray().Where(a => a!["type"]!.GetValue<string>() == "Action.OpenUrl").Select(a => a!["url"]!.GetValue<string>()).ToList();

    private static async Task<HttpResponseMessage> GetAsync(BotApplication app, string url) =>
        await app.CreateClient().GetAsync(new Uri(new Uri(url).PathAndQuery, UriKind.Relative));

    [Fact]
    public async Task AfterTheMeeting_TheJobBuildsTheDraft_CoordinatorsGetTheCard_AndBothLinksDownloadValidFiles()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var app = new BotApplication(Provider, settings: Settings, time: clock);
        app.ClearReportsFor(app.Meeting9().Id);
        app.AsFatima();
        await app.CompleteCheckInAsync(rating: "3,5"); // Nässjö, through the dialog
        await app.SayAsync("demo samordnare");
        app.AddCheckIn("vetlanda", 2.5m, "Vi har börjat mäta");
        app.AddCheckIn("mullsjo", 4.0m, "Enkäten är klar");
        var meeting = app.Meeting9();

        // The draft is planned an hour after the meeting, in the meeting's own trigger group.
        var planned = await app.InScopeAsync(sp => sp.GetRequiredService<ReminderScheduler>().NewsletterTimeAsync(meeting.Id, CancellationToken.None));
        Assert.Equal(meeting.EndsAt.AddHours(1), planned);

        // Quartz runs on the app's TimeProvider: when the fake clock passes the planned time, the trigger fires.
        app.Connector.Clear();
        clock.SetUtcNow(meeting.EndsAt.AddHours(1));

        // A fake clock stands still: let it run on, so a scheduler thread that went to sleep on it wakes up again.
        await RhythmKit.EventuallyAsync(() =>
        {
            clock.Advance(TimeSpan.FromSeconds(1));
            return app.CardsSince(0).Any(c => c.Text().Contains("Utkast till nyhetsbrev", StringComparison.Ordinal));
        }, "the coordinator's card");
        var card = app.CardsSince(0).Single(c => c.Text().Contains("Utkast till nyhetsbrev", StringComparison.Ordinal));
        Assert.True(card.Text().Contains("Utkast till nyhetsbrev – träff 9", StringComparison.Ordinal), card.Text());
        Assert.Contains("3 av 7 team", card.Text(), StringComparison.Ordinal);
        // The version's time as Swedish writes it: 15.14, not 15:14.
        Assert.Matches(@"\b1 \(\d{1,2} [a-zåäö]+\.? \d{2}\.\d{2}\)", card.Text());
        // The card says it all: no text bubble repeats it.
        Assert.DoesNotContain(app.Connector.Sent, c => (c.Text ?? "").Contains("nyhetsbrev", StringComparison.OrdinalIgnoreCase));

        var links = Links(card);
        Assert.Equal(2, links.Count);
        Assert.All(links, l => Assert.StartsWith("https://bplbot.example.se/newsletter/", l, StringComparison.Ordinal));
        var docx = await GetAsync(app, links[0]);
        Assert.Equal(HttpStatusCode.OK, docx.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.wordprocessingml.document", docx.Content.Headers.ContentType!.MediaType);
        Assert.Equal("attachment", docx.Content.Headers.ContentDisposition!.DispositionType);
        using (var document = WordprocessingDocument.Open(new MemoryStream(await docx.Content.ReadAsByteArrayAsync()), false))
            Assert.Contains("Stärkt föräldraskapsstöd i Nässjö", document.MainDocumentPart!.Document!.Body!.InnerText, StringComparison.Ordinal);
        var html = await GetAsync(app, links[1]);
        Assert.Equal(HttpStatusCode.OK, html.StatusCode);
        Assert.Equal("text/html", html.Content.Headers.ContentType!.MediaType);
        // "Webbversion" opens in the browser, and the page may load or run nothing but itself.
        Assert.Equal("inline", html.Content.Headers.ContentDisposition!.DispositionType);
        Assert.Equal("nyhetsbrev-traff-9-v1.html", html.Content.Headers.ContentDisposition.FileName);
        Assert.StartsWith("default-src 'none'", html.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.Equal("Bästa platsen att växa upp, leva och bo på", NewsletterKit.Html(await html.Content.ReadAsStringAsync()).QuerySelector("h1")!.TextContent);

        // Running the job again builds nothing new and sends nothing twice.
        await app.InScopeAsync(sp => ActivatorUtilities.CreateInstance<NewsletterJob>(sp).RunAsync(meeting.Id, CancellationToken.None));
        Assert.Equal(1, app.WithDb(db => db.NewsletterDrafts.Count()));
        Assert.Equal(1, app.WithDb(db => db.OutboxMessages.Count(m => m.Occasion == $"newsletter:{meeting.Id}" && m.Status == OutboxStatus.Sent)));
    }

    [Fact]
    public async Task ATamperedOrExpiredLink_IsRefused_WithAPlainMessage()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow.AddDays(-8));
        await using var app = new BotApplication(Provider, settings: Settings, time: clock);
        await app.SayAsync("demo samordnare");
        app.AddCheckIn("vetlanda", 2.5m, "Vi har börjat mäta");
        var meeting = app.Meeting9();
        await app.InScopeAsync(sp => sp.GetRequiredService<NewsletterBuilder>().BuildAsync(meeting.Id, CancellationToken.None));

        // Links made eight days ago with the 7-day lifetime have expired.
        var before = app.Connector.Sent.Count;
        await app.SayAsync("nyhetsbrev");
        // The job may deliver the missed meeting 8's own card meanwhile (its time passed before the app started): both expired.
        var expired = Links(app.CardsSince(before).First(c => c.Text().Contains("Utkast till nyhetsbrev", StringComparison.Ordinal)))[0];
        var refused = await GetAsync(app, expired);
        Assert.Equal(HttpStatusCode.NotFound, refused.StatusCode);
        Assert.Contains("Länken har gått ut eller är ogiltig", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        clock.SetUtcNow(DateTimeOffset.UtcNow);
        before = app.Connector.Sent.Count;
        await app.SayAsync("nyhetsbrev träff 9");
        // Moving the clock on may also fire the weekly digest (a card too): the draft's card is the one that names the draft.
        var fresh = Links(app.CardsSince(before).Single(c => c.Text().Contains("Utkast till nyhetsbrev – träff 9", StringComparison.Ordinal)))[0];
        Assert.Equal(HttpStatusCode.OK, (await GetAsync(app, fresh)).StatusCode);
        var token = fresh[(fresh.LastIndexOf('/') + 1)..];
        var flipped = token[..10] + (token[10] == 'A' ? 'B' : 'A') + token[11..];
        Assert.Equal(HttpStatusCode.NotFound, (await GetAsync(app, fresh.Replace(token, flipped, StringComparison.Ordinal))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await GetAsync(app, fresh.Replace(".docx", ".html", StringComparison.Ordinal))).StatusCode);
    }

    [Fact]
    public async Task Rebuild_AddsAVersion_KeepsThePrevious_AndIsForCoordinatorsOnly()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var app = new BotApplication(Provider, settings: Settings, time: clock);
        app.AsFatima();
        Assert.Contains("är till för nätverkets samordnare", await app.SayAsync("bygg nyhetsbrev"), StringComparison.Ordinal);
        await app.SayAsync("demo samordnare");
        // Without a number: the latest held meeting that teams reported for (in the demo, träff 8 with six of seven teams),
        // its draft built now as there is none yet.
        var first = Assert.Single(app.CardsSince(await CountAsync(app, "nyhetsbrev"))).Text();
        Assert.True(first.Contains("träff 8", StringComparison.Ordinal) && first.Contains("6 av 7 team", StringComparison.Ordinal), first);
        Assert.Contains("ingen träff 42", await app.SayAsync("nyhetsbrev träff 42"), StringComparison.Ordinal);

        var meeting8 = app.WithDb(db => db.Meetings.AsNoTracking().Single(m => m.Ordinal == 8));
        app.AddCheckIn("mullsjo", 1.5m, "Sen rapport", meetingId: meeting8.Id);
        var before = app.Connector.Sent.Count;
        var answer = await app.SayAsync("bygg nyhetsbrev");
        Assert.True(answer.Contains("Version 2 är byggd", StringComparison.Ordinal), answer);
        var rebuilt = Assert.Single(app.CardsSince(before)).Text();
        Assert.True(rebuilt.Contains("7 av 7 team", StringComparison.Ordinal), rebuilt);
        var drafts = app.WithDb(db => db.NewsletterDrafts.AsNoTracking().OrderBy(d => d.Version).Select(d => new { d.Version, d.TeamsReported }).ToList());
        Assert.Equal([(1, 6), (2, 7)], drafts.Select(d => (d.Version, d.TeamsReported)));

        var text = await app.SayAsync("nyhetsbrev text");
        Assert.Contains("# Bästa platsen att växa upp, leva och bo på", text, StringComparison.Ordinal);
        Assert.Contains("### Allaktivitetshus (Vetlanda)", text, StringComparison.Ordinal);
    }

    private static async Task<int> CountAsync(BotApplication app, string text)
    {
        var before = app.Connector.Sent.Count;
        await app.SayAsync(text);
        return before;
    }

    [Fact]
    public void MarkdownParts_StayUnderTheMessageLimit_AndKeepEveryCharacter()
    {
        var markdown = "# Titel\n\n" + string.Concat(Enumerable.Range(0, 40).Select(i => $"### Team {i}\n\n{new string('x', 1500)}\n\n")) + new string('y', 45_000);
        var parts = NewsletterCommand.Parts(markdown);
        Assert.All(parts, p => Assert.True(p.Length <= NewsletterCommand.MessageLimit));
        Assert.Equal(markdown.Replace("\n", "", StringComparison.Ordinal), string.Concat(parts).Replace("\n", "", StringComparison.Ordinal));
        Assert.StartsWith("### Team", parts[1], StringComparison.Ordinal);
    }
}

public sealed class NewsletterDeliveryTestsOnSqlite() : NewsletterDeliveryTests(DatabaseProvider.Sqlite);

public sealed class NewsletterDeliveryTestsOnPostgreSql() : NewsletterDeliveryTests(DatabaseProvider.PostgreSql);
