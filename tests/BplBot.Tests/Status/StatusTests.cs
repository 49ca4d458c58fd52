using BplBot.Data;
using System.Net;
using System.Text.Json.Nodes;
using BplBot.Tests.CheckIn;
using BplBot.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using static BplBot.Tests.Infrastructure.TeamsActivities;

namespace BplBot.Tests.Status;

/// <summary><c>status</c> through the real endpoint: finding the team, who may see it, the card, and the chart links.</summary>
public abstract class StatusTests(DatabaseProvider provider) : ProviderTests(provider)
{
    private static async Task<JsonObject> StatusCardAsync(BotApplication app, string text)
    {
        var before = app.Connector.Sent.Count;
        await app.SendAsync(PersonalMessage(text));
        return Assert.Single(app.CardsSince(before));
    }

    [Theory]
    [InlineData("status Nässjö")]
    [InlineData("status nassjo")]
    [InlineData("status NÄSSJÖ")]
    [InlineData("status nasjö")]
    public async Task Status_ByNameCaseDiacriticsOrTypo_ShowsTheTeamsCard(string command)
    {
        await using var app = new BotApplication(Provider);
        await app.SayAsync("demo coach nassjo");

        var card = await StatusCardAsync(app, command);

        var text = card.Text();
        Assert.Contains("Status – Nässjö", text, StringComparison.Ordinal);
        Assert.Contains("Gemensamma hembesök", text, StringComparison.Ordinal);
        var images = card["body"]!.AsArray().OfType<JsonObject>().Where(e => e["type"]!.GetValue<string>() == "Container")
            .SelectMany(c => c["items"]!.AsArray().OfType<JsonObject>()).Where(i => i["type"]!.GetValue<string>() == "Image").ToList();
        Assert.Equal(2, images.Count);
        Assert.All(images, i => Assert.StartsWith("Seriediagram för", i["altText"]!.GetValue<string>(), StringComparison.Ordinal));
        Assert.Contains("median", images[0]["altText"]!.GetValue<string>(), StringComparison.Ordinal);
        // The percentage's median as the chart labels it: one decimal at most.
        Assert.Matches(@"median \d+(,\d)? %", images[1]["altText"]!.GetValue<string>());
        Assert.True(System.Text.Encoding.UTF8.GetByteCount(card.ToJsonString()) < 28_000, "the card must stay under Teams' message limit");
        Assert.Contains("Status – Nässjö", card["fallbackText"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Status_AmbiguousName_OffersAChoiceCard_WhoseButtonsWork()
    {
        await using var app = new BotApplication(Provider);
        await app.SayAsync("demo samordnare");

        var card = await StatusCardAsync(app, "status Värnamo");
        var actions = card["actions"]!.AsArray();
        Assert.Equal(2, actions.Count);

        var before = app.Connector.Sent.Count;
        await app.SendAsync(Submit(actions[0]!["data"]!.AsObject()));
        Assert.Contains("Status – ", Assert.Single(app.CardsSince(before)).Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Status_UnknownName_SuggestsTheClosest()
    {
        await using var app = new BotApplication(Provider);
        await app.SayAsync("demo samordnare");

        Assert.Contains("Jag hittar inget team", await app.SayAsync("status Jönköpingsvägen"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Status_EachRolesView()
    {
        await using var app = new BotApplication(Provider);
        app.AsFatima(); // member of Nässjö

        Assert.Contains("Status – Nässjö", (await StatusCardAsync(app, "status Nässjö")).Text(), StringComparison.Ordinal);
        var refusal = await app.SayAsync("status Vetlanda");
        Assert.Contains("Du kan inte se status för Vetlanda", refusal, StringComparison.Ordinal);
        Assert.Contains("Maja Lindqvist", refusal, StringComparison.Ordinal);

        await using var coordinator = new BotApplication(Provider);
        await coordinator.SayAsync("demo samordnare");
        Assert.Contains("Status – Vetlanda", (await StatusCardAsync(coordinator, "status Vetlanda")).Text(), StringComparison.Ordinal);

        await using var coach = new BotApplication(Provider);
        await coach.SayAsync("demo coach nassjo");
        Assert.Contains("Du kan inte se status för Vetlanda", await coach.SayAsync("status Vetlanda"), StringComparison.Ordinal);

        await using var open = new BotApplication(Provider, settings: new() { ["Status:CoachesSeeAllTeams"] = "true" });
        await open.SayAsync("demo coach nassjo");
        Assert.Contains("Status – Vetlanda", (await StatusCardAsync(open, "status Vetlanda")).Text(), StringComparison.Ordinal);

        await using var nobody = new BotApplication(Provider);
        var stranger = await nobody.SayAsync("status Nässjö");
        Assert.Contains("Du finns inte med i nätverket", stranger, StringComparison.Ordinal);
        Assert.DoesNotContain("@", stranger, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Status_AfterACheckIn_ShowsTheSavedRatingReasonPgsaAndRequest()
    {
        await using var app = new BotApplication(Provider);
        app.AsFatima();
        await app.CompleteCheckInAsync(rating: "3,5", support: "ja", topic: "Hur ritar vi styrdiagram?");

        var text = (await StatusCardAsync(app, "status Nässjö")).Text();

        Assert.Contains("3,5 – Förbättring", text, StringComparison.Ordinal);
        Assert.Contains("Fler hembesök görs tillsammans", text, StringComparison.Ordinal);
        Assert.Contains("har rapporterat", text, StringComparison.Ordinal);
        Assert.Contains("Hembesök på tisdagar", text, StringComparison.Ordinal);
        Assert.Contains("Hur ritar vi styrdiagram?", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ChartLink_FromACard_StillOpensAfterThreeDays_ShowingTheChartAsItWasSent()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 12, 1, 9, 0, 0, TimeSpan.Zero));
        await using var app = new BotApplication(Provider, time: clock, settings: new() { ["Status:InlineChartsMaxBytes"] = "0" });
        await app.SayAsync("demo coach nassjo");
        var url = ImageUrls(await StatusCardAsync(app, "status Nässjö"))[0];
        Assert.StartsWith("http://localhost/charts/", url, StringComparison.Ordinal);
        var client = app.CreateClient();
        var sent = await client.GetByteArrayAsync(new Uri(url));

        // The team reports a new value, and three days pass.
        app.WithDb(db =>
        {
            var measure = db.Measures.Include(m => m.Values).Single(m => m.Key == "hembesok");
            measure.Record(new DateOnly(2026, 12, 2), 3, clock.GetUtcNow());
            return db.SaveChanges();
        });
        clock.Advance(TimeSpan.FromDays(3));

        var later = await client.GetAsync(new Uri(url));
        Assert.Equal(HttpStatusCode.OK, later.StatusCode);
        Assert.Equal("image/png", later.Content.Headers.ContentType!.MediaType);
        Assert.Equal(sent, await later.Content.ReadAsByteArrayAsync());
        var fresh = ImageUrls(await StatusCardAsync(app, "status Nässjö"))[0];
        Assert.NotEqual(url, fresh);
        Assert.NotEqual(sent, await client.GetByteArrayAsync(new Uri(fresh)));

        var tampered = url[..^8] + (url[^8] == 'A' ? 'B' : 'A') + url[^7..];
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(new Uri(tampered))).StatusCode);
    }

    [Fact]
    public async Task ChartLink_ExpiresAfterItsLifetime_AndTheStoredPictureIsPruned()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 12, 1, 9, 0, 0, TimeSpan.Zero));
        await using var app = new BotApplication(time: clock, settings: new() { ["Status:InlineChartsMaxBytes"] = "0" });
        await app.SayAsync("demo coach nassjo");
        var urls = ImageUrls(await StatusCardAsync(app, "status Nässjö"));
        // The same pictures again reuse the stored ones.
        Assert.Equal(urls, ImageUrls(await StatusCardAsync(app, "status Nässjö")));
        Assert.Equal(2, app.WithDb(db => db.ChartSnapshots.Count()));

        clock.Advance(TimeSpan.FromDays(121));
        var client = app.CreateClient();
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(new Uri(urls[0]))).StatusCode);

        app.WithDb(db =>
        {
            db.Measures.Include(m => m.Values).Single(m => m.Key == "hembesok").Record(new DateOnly(2027, 3, 31), 21, clock.GetUtcNow());
            return db.SaveChanges();
        });
        await StatusCardAsync(app, "status Nässjö");
        var tokens = app.WithDb(db => db.ChartSnapshots.Select(s => s.Token).ToList());
        Assert.Equal(2, tokens.Count);
        Assert.DoesNotContain(tokens, t => urls[0].Contains(t, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Status_ShowsEachMeasuresHeadline_WithTheSignalsBehindItOnDemand_AndNoBubbleBeforeTheCard()
    {
        await using var app = new BotApplication();
        await app.SayAsync("demo coach nassjo");
        var before = app.Connector.Sent.Count;

        var card = await StatusCardAsync(app, "status Nässjö");

        Assert.Null(app.Connector.Sent[before].Text);
        var measure = card["body"]!.AsArray().OfType<JsonObject>().First(e => e["type"]!.GetValue<string>() == "Container");
        var items = measure["items"]!.AsArray().OfType<JsonObject>().ToList();
        Assert.Equal("Gemensamma hembesök", items[0]["text"]!.GetValue<string>());
        var headline = items[1]["text"]!.GetValue<string>();
        Assert.StartsWith("Tydlig förbättring sedan", headline, StringComparison.Ordinal);
        Assert.DoesNotContain("Skift", headline, StringComparison.Ordinal);
        Assert.Contains("hembesök", items[2].Text(), StringComparison.Ordinal);
        Assert.DoesNotContain("antal", items[2].Text(), StringComparison.Ordinal);
        var details = items.Single(i => i["id"]?.GetValue<string>().StartsWith("details-", StringComparison.Ordinal) == true);
        Assert.False(details["isVisible"]!.GetValue<bool>());
        Assert.Contains("Skift:", details.Text(), StringComparison.Ordinal);
        var toggle = items.Where(i => i["type"]!.GetValue<string>() == "ActionSet").Select(i => i["actions"]![0]!).ToList();
        Assert.Equal(["Visa mer", "Visa mindre"], toggle.Select(t => t["title"]!.GetValue<string>()));
        Assert.All(toggle, t => Assert.Equal("Action.ToggleVisibility", t["type"]!.GetValue<string>()));
        Assert.Contains(details["id"]!.GetValue<string>(), toggle[0]["targetElements"]!.AsArray().Select(e => e!.GetValue<string>()));
        Assert.Contains("Tydlig förbättring sedan", card["fallbackText"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Status_InEnglish_HasNoSwedishChartWords()
    {
        await using var app = new BotApplication(settings: new() { ["Status:InlineChartsMaxBytes"] = "0" });
        await app.SayAsync("demo coach nassjo", "en-US");
        // "status" is a Swedish command word too, so the reader says which language they want.
        await app.SayAsync("language english", "en-US");
        var before = app.Connector.Sent.Count;
        await app.SendAsync(PersonalMessage("status Nässjö", "en-US"));
        var card = Assert.Single(app.CardsSince(before));

        var text = card.Text();
        Assert.Contains("Show more", text, StringComparison.Ordinal);
        Assert.Contains("Run chart for Gemensamma hembesök", text, StringComparison.Ordinal);
        Assert.DoesNotContain("\"Mål\"", text, StringComparison.Ordinal);
        Assert.DoesNotContain("antal", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Visa mer", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MeasureNameWithMarkdown_IsShownAsText()
    {
        await using var app = new BotApplication();
        await app.SayAsync("demo coach nassjo");
        app.WithDb(db =>
        {
            var measure = db.Measures.Single(m => m.Key == "hembesok");
            measure.Describe("**Fet** [länk](https://evil.example) <b>x</b>", "_min_", measure.Kind, measure.HigherIsBetter, string.Empty);
            var team = db.Teams.Single(t => t.Key == "nassjo");
            db.Entry(team).Property("Aim").CurrentValue = "# Rubrik *viktigt*";
            return db.SaveChanges();
        });

        var card = await StatusCardAsync(app, "status Nässjö");

        var blocks = card.DescendantsOfType("TextBlock").Select(b => b["text"]!.GetValue<string>()).ToList();
        Assert.Contains(@"\*\*Fet\*\* \[länk\](https://evil.example) &lt;b&gt;x&lt;/b&gt;", blocks);
        Assert.Contains(@"Mål: \# Rubrik \*viktigt\*", blocks);
        Assert.DoesNotContain(blocks, b => b.Contains("**Fet**", StringComparison.Ordinal) || b.Contains("<b>", StringComparison.Ordinal));
        var facts = card.DescendantsOfType("FactSet").SelectMany(f => f["facts"]!.AsArray()).Select(f => f!["value"]!.GetValue<string>()).ToList();
        Assert.Contains(facts, f => f.Contains(@"\_min\_", StringComparison.Ordinal));
        var fallback = card["fallbackText"]!.GetValue<string>();
        Assert.Contains(@"\*\*Fet\*\*", fallback, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>", fallback, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Overview_ShowsWhatChanged_AndAButtonThatOpensTheTeamsStatus()
    {
        await using var app = new BotApplication();
        await app.SayAsync("demo coach nassjo");
        var before = app.Connector.Sent.Count;

        var card = await StatusCardAsync(app, "status");

        Assert.Null(app.Connector.Sent[before].Text);
        var text = card.Text();
        Assert.DoesNotContain("signaler", text, StringComparison.Ordinal);
        Assert.Contains("Gemensamma hembesök: Tydlig förbättring sedan", text, StringComparison.Ordinal);
        var button = Assert.Single(card.DescendantsOfType("Action.Submit"));
        Assert.Equal("Status för Nässjö", button["title"]!.GetValue<string>());

        var opened = app.Connector.Sent.Count;
        await app.SendAsync(Submit(button["data"]!.AsObject()));
        Assert.Contains("Status – Nässjö", Assert.Single(app.CardsSince(opened)).Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Overview_ForACoordinator_HasEveryTeam()
    {
        await using var app = new BotApplication(Provider);
        await app.SayAsync("demo samordnare");

        var card = (await StatusCardAsync(app, "status")).Text();

        Assert.Contains("Översikt – 7 team", card, StringComparison.Ordinal);
        Assert.Contains("**Vetlanda**", card, StringComparison.Ordinal);
        Assert.Contains("saknas inför träff 9", card, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NextMeeting_SaysWhenWhereAndWhetherTheTeamReported()
    {
        await using var app = new BotApplication(Provider);
        app.AsFatima();

        var reply = await app.SayAsync("nästa träff");

        Assert.Contains("**Nästa träff: träff 9**", reply, StringComparison.Ordinal);
        Assert.Contains("09.00–15.00 i Jönköping", reply, StringComparison.Ordinal);
        Assert.Contains("Nässjö har inte rapporterat än", reply, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CoachRating_IsKeptApartAndShown()
    {
        await using var app = new BotApplication(Provider);
        await app.SayAsync("demo coach nassjo");

        Assert.Contains("Din skattning av Nässjö är sparad: 3,0", await app.SayAsync("skatta Nässjö 3 Stabilt arbete"), StringComparison.Ordinal);
        Assert.Contains("Bara Vetlandas coacher", await app.SayAsync("skatta Vetlanda 3 Bra"), StringComparison.Ordinal);
        Assert.Contains("Skattningen ska vara ett steg", await app.SayAsync("skatta Nässjö 3,2 Bra"), StringComparison.Ordinal);

        var text = (await StatusCardAsync(app, "status Nässjö")).Text();
        Assert.Contains("Coachens skattning", text, StringComparison.Ordinal);
        Assert.Contains("Stabilt arbete", text, StringComparison.Ordinal);
        Assert.Contains("Hembesöken börjar få bra flyt", text, StringComparison.Ordinal); // the team's own, from the demo's history
    }

    [Fact]
    public async Task Status_WithFiveMeasuresOfAHundredPoints_StaysUnderTheMessageLimit()
    {
        await using var app = new BotApplication(Provider);
        await app.SayAsync("demo samordnare");
        app.WithDb(db =>
        {
            var team = db.Teams.Single(t => t.Key == "vetlanda");
            var random = new Random(7);
            for (var m = 0; m < 5; m++)
            {
                var measure = new BplBot.Domain.Measures.MeasureDefinition(team.Id, $"m{m}", $"Mått {m}", "%", BplBot.Domain.Measures.MeasureKind.Process, true);
                for (var i = 0; i < 100; i++) measure.Record(new DateOnly(2018, 1, 31).AddMonths(i), Math.Round(50 + i * 0.3m + (decimal)random.NextDouble() * 10, 1), DateTimeOffset.UtcNow);
                db.Measures.Add(measure);
            }
            return db.SaveChanges();
        });

        var card = await StatusCardAsync(app, "status Vetlanda");

        var size = System.Text.Encoding.UTF8.GetByteCount(card.ToJsonString());
        Assert.True(size < 28_000, $"the card is {size} bytes");
        Assert.Equal(6, ImageUrls(card).Count);
        Assert.All(ImageUrls(card), url => Assert.StartsWith("http://localhost/charts/", url, StringComparison.Ordinal));
    }

    private static List<string> ImageUrls(JsonObject card) =>
        card["body"]!.AsArray().OfType<JsonObject>().Where(e => e["type"]!.GetValue<string>() == "Container")
            .SelectMany(c => c["items"]!.AsArray().OfType<JsonObject>())
            .Where(i => i["type"]!.GetValue<string>() == "Image").Select(i => i["url"]!.GetValue<string>()).ToList();
}

public sealed class StatusTestsOnSqlite() : StatusTests(DatabaseProvider.Sqlite);

public sealed class StatusTestsOnPostgreSql() : StatusTests(DatabaseProvider.PostgreSql);
internal static class CardJson
{
    /// <summary>Every element or action of the given type anywhere in the card.</summary>
    public static IEnumerable<JsonObject> DescendantsOfType(this JsonNode node, string type)
    {
        if (node is JsonObject o)
        {
            if (o["type"] is JsonValue t && t.TryGetValue<string>(out var name) && name == type) yield return o;
            foreach (var child in o.Select(p => p.Value).OfType<JsonNode>())
                foreach (var found in child.DescendantsOfType(type)) yield return found;
        }
        else if (node is JsonArray a)
        {
            foreach (var child in a.OfType<JsonNode>())
                foreach (var found in child.DescendantsOfType(type)) yield return found;
        }
    }
}
