using System.Text.Json.Nodes;
using BplBot.Digest;
using BplBot.Outbox;
using BplBot.Tests.CheckIn;
using BplBot.Tests.Infrastructure;
using BplBot.Tests.Meetings;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace BplBot.Tests.Digest;

/// <summary>The weekly digest: a card grouped by team with only what is new since the person's last digest.</summary>
public sealed class DigestTests
{
    /// <summary>The teams a digest card lists: each a container with a button that opens its status.</summary>
    private static List<(string Team, string Text)> Teams(JsonObject card) => card["body"]!.AsArray()
        .Where(e => e!["type"]!.GetValue<string>() == "Container" && e.ToJsonString().Contains("\"status ", StringComparison.Ordinal))
        .Select(e =>
        {
            var items = e!["items"]!.AsArray();
            var button = items.Last()!["actions"]![0]!["data"]!["text"]!.GetValue<string>();
            return (button["status ".Length..], string.Join("\n", items.Where(i => i!["type"]!.GetValue<string>() == "TextBlock").Select(i => i!["text"]!.GetValue<string>())));
        }).ToList();

    /// <summary>The card the bot answers <c>veckosammanfattning</c> with (not a weekly digest the outbox delivers meanwhile).</summary>
    private static async Task<JsonObject> DigestAsync(BotApplication app)
    {
        var before = app.Connector.Sent.Count;
        await app.SayAsync("veckosammanfattning");
        var reply = Assert.Single(app.Connector.Sent.Skip(before), c => c.IsActivityPost && c.Json.TryGetProperty("replyToId", out _));
        Assert.True(string.IsNullOrEmpty(reply.Text), "the card comes without a text bubble repeating it");
        return JsonNode.Parse(reply.Json.GetProperty("attachments")[0].GetProperty("content").GetRawText())!.AsObject();
    }

    private static Task<int> PlanWeeklyAsync(BotApplication app) =>
        app.InScopeAsync(sp => ActivatorUtilities.CreateInstance<DigestJob>(sp).PlanAsync(CancellationToken.None));

    /// <summary>The card the weekly job planned for Fatima this time.</summary>
    private static JsonObject PlannedFor(BotApplication app, string email) => app.WithDb(db =>
    {
        var id = db.People.Single(p => p.Email == email).Id;
        var json = db.OutboxMessages.AsNoTracking().Where(o => o.PersonId == id && o.Occasion.StartsWith("digest:")).OrderByDescending(o => o.Id).First().CardJson!;
        return JsonNode.Parse(json)!.AsObject();
    });

    /// <summary>The test plans each weekly digest itself: Quartz, on the fake clock, would fire Monday's on its own.</summary>
    private static readonly Dictionary<string, string?> NoWeeklyTrigger = new() { ["Reminders:DigestCron"] = "0 0 8 1 1 ? 2099" };

    [Fact]
    public async Task Digest_ShowsOnlyWhatIsNewSinceTheLastOne_AndAskingForItMovesNothing()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var app = new BotApplication(settings: NoWeeklyTrigger, time: clock);
        app.AsFatima();
        await app.SayAsync("demo samordnare");

        // The first weekly digest covers the last seven days: the demo's two reports from three and five days ago.
        Assert.Equal(3, await PlanWeeklyAsync(app));
        var first = PlannedFor(app, "fatima.noor@example.se");
        Assert.Equal(["Attarp", "Rydaholm"], Teams(first).Select(t => t.Team).Order());
        Assert.Contains("Nytt de senaste sju dagarna", first.Text(), StringComparison.Ordinal);

        // Asked for at once: nothing is new since that digest, and asking twice does not move its mark.
        for (var i = 0; i < 2; i++)
        {
            var quiet = await DigestAsync(app);
            Assert.Empty(Teams(quiet));
            Assert.Contains("En lugn vecka: inget nytt från teamen sedan förra veckosammanfattningen.", quiet.Text(), StringComparison.Ordinal);
        }

        clock.Advance(TimeSpan.FromDays(2));
        await app.CompleteCheckInAsync(rating: "3,5");
        clock.Advance(TimeSpan.FromDays(5));

        var asked = await DigestAsync(app);
        var nassjo = Assert.Single(Teams(asked));
        Assert.Equal("Nässjö", nassjo.Team);
        Assert.Contains("Ny rapport inför träff 9: 3,5 (upp från 3,0).", nassjo.Text, StringComparison.Ordinal);
        Assert.Contains("Nytt sedan förra veckosammanfattningen", asked.Text(), StringComparison.Ordinal);

        // The next weekly digest says the same: only the team that reported since the last one.
        Assert.Equal(3, await PlanWeeklyAsync(app));
        Assert.Equal(["Nässjö"], Teams(PlannedFor(app, "fatima.noor@example.se")).Select(t => t.Team));
    }

    [Fact]
    public async Task Digest_IsACard_ATeamInALineOrTwo_WithItsStatusButton_TheMissingTeams_AndAMarkdownFallback()
    {
        await using var app = new BotApplication();
        app.AsFatima();
        await app.CompleteCheckInAsync(rating: "3,5", support: "ja", topic: "Hjälp med *mätningen*");
        await app.SayAsync("demo samordnare");

        var card = await DigestAsync(app);

        Assert.Equal("1.5", card["version"]!.GetValue<string>());
        Assert.Equal("Veckosammanfattning", card["body"]![0]!["text"]!.GetValue<string>());
        var nassjo = Teams(card).Single(t => t.Team == "Nässjö");
        Assert.Equal("Nässjö\nNy rapport inför träff 9: 3,5 (upp från 3,0). Nytt önskemål om stöd: \u201DHjälp med \\*mätningen\\*\u201D.", nassjo.Text.Split('\n').Take(2).Aggregate((a, b) => a + "\n" + b));
        var button = card["body"]!.AsArray().SelectMany(e => e!["items"]?.AsArray() ?? []).Where(i => i!["type"]!.GetValue<string>() == "ActionSet")
            .Select(i => i!["actions"]![0]!).First(a => a["data"]!["text"]!.GetValue<string>() == "status Nässjö");
        Assert.Equal("Status för Nässjö", button["title"]!.GetValue<string>());
        Assert.Equal("sv", button["data"]!["lang"]!.GetValue<string>());
        Assert.Contains("Har inte rapporterat inför träff 9 (tisdag 5 januari): Arena för hälsa, Länet, Mullsjö och Vetlanda.", card.Text(), StringComparison.Ordinal);
        Assert.Contains("Öppna önskemål om stöd sedan tidigare: Arena för hälsa", card.Text(), StringComparison.Ordinal);
        foreach (var word in new[] { "Skift", "Trend:", "serier", "Avvikande", "styrdiagram" })
            Assert.DoesNotContain(word, card.Text(), StringComparison.Ordinal);
        var fallback = card["fallbackText"]!.GetValue<string>();
        Assert.StartsWith("**Veckosammanfattning** – Nytt de senaste sju dagarna", fallback, StringComparison.Ordinal);
        Assert.Contains("- **Nässjö**: Ny rapport inför träff 9: 3,5 (upp från 3,0). Nytt önskemål om stöd", fallback, StringComparison.Ordinal);

        // The weekly job sends the card alone, once per coordinator and week.
        Assert.Equal(3, await PlanWeeklyAsync(app));
        Assert.Equal(0, await PlanWeeklyAsync(app));
        var rows = app.WithDb(db => db.OutboxMessages.AsNoTracking().Where(o => o.Occasion.StartsWith("digest:")).ToList());
        Assert.All(rows, r => Assert.True(r.Text.Length == 0 && r.CardJson!.Contains("Veckosammanfattning", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task AHandledRequest_IsNews_AndNoLongerListedAsOpen()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var app = new BotApplication(settings: NoWeeklyTrigger, time: clock);
        await app.SayAsync("demo samordnare");
        await PlanWeeklyAsync(app);
        clock.Advance(TimeSpan.FromDays(1));

        Assert.Contains("är markerat som klart", await app.SayAsync("stöd klart Arena för hälsa"), StringComparison.Ordinal);
        var card = await DigestAsync(app);

        var arena = Assert.Single(Teams(card));
        Assert.Equal("Arena för hälsa", arena.Team);
        Assert.Contains("Avslutat önskemål om stöd: \u201DHur får vi fler familjer att stanna kvar i grupperna?\u201D", arena.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Öppna önskemål om stöd sedan tidigare", card.Text(), StringComparison.Ordinal);
    }

    [Fact]
    public void ABusyWeek_StaysUnderTheMessageLimit_AndCountsTheTeamsLeftOut()
    {
        var teams = Enumerable.Range(1, 120).Select(i => new TeamNews($"Team {i}",
            [new NewsLine($"Ny rapport inför träff 9: 3,5 (upp från 3,0). {new string('x', 120)}"), new NewsLine("Gemensamma hembesök: Tydlig förbättring sedan juni", true)])).ToList();
        var content = new DigestContent(DateTimeOffset.UtcNow.AddDays(-7), true, teams, "Har inte rapporterat inför träff 9: alla.", null, []);

        var card = DigestCard.Build(content, BplBot.Domain.Text.Language.Swedish);

        Assert.True(card.Size() <= DigestCard.MaxBytes, $"{card.Size()} bytes");
        var json = card.ToJson();
        var listed = Teams(json).Count;
        Assert.InRange(listed, 5, 119);
        Assert.Contains($"… och {120 - listed} team till. Skriv **status** för en översikt.", json.Text(), StringComparison.Ordinal);
    }

    [Fact]
    public void AQuietWeek_IsOneLine_InTheReadersLanguage()
    {
        var content = new DigestContent(new DateTimeOffset(2026, 11, 23, 7, 0, 0, TimeSpan.Zero), true, [], null, null, []);

        Assert.Equal("**Veckosammanfattning** – Nytt sedan förra veckosammanfattningen (måndag 23 november kl. 08.00).\n\n"
            + "En lugn vecka: inget nytt från teamen sedan förra veckosammanfattningen.", DigestCard.Markdown(content, BplBot.Domain.Text.Language.Swedish));
        Assert.Equal("**Weekly digest** – New since the last weekly digest (Monday 23 November at 08:00).\n\n"
            + "A quiet week: nothing new from the teams since the last digest.", DigestCard.Markdown(content, BplBot.Domain.Text.Language.English));
    }
}
