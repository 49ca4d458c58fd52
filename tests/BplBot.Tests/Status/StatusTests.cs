using BplBot.Data;
using System.Net;
using System.Text.Json.Nodes;
using BplBot.Tests.CheckIn;
using BplBot.Tests.Infrastructure;
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
        Assert.All(images, i => Assert.StartsWith("Styrdiagram för", i["altText"]!.GetValue<string>(), StringComparison.Ordinal));
        Assert.Contains("median", images[0]["altText"]!.GetValue<string>(), StringComparison.Ordinal);
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
    public async Task ChartLinks_WorkWhileFresh_AndRefuseTamperedOrExpiredLinks()
    {
        var now = DateTimeOffset.UtcNow;
        var clock = new FakeTimeProvider(now.AddHours(-3));
        await using var app = new BotApplication(Provider, time: clock, settings: new() { ["Status:InlineChartsMaxBytes"] = "0" });
        await app.SayAsync("demo coach nassjo");
        // A link made three hours ago, with the default two-hour lifetime, has expired.
        var old = ImageUrls(await StatusCardAsync(app, "status Nässjö"))[0];
        clock.SetUtcNow(now);

        var url = ImageUrls(await StatusCardAsync(app, "status Nässjö"))[0];
        Assert.StartsWith("http://localhost/charts/", url, StringComparison.Ordinal);
        var client = app.CreateClient();
        var fresh = await client.GetAsync(new Uri(url));
        Assert.Equal(HttpStatusCode.OK, fresh.StatusCode);
        Assert.Equal("image/png", fresh.Content.Headers.ContentType!.MediaType);

        var tampered = url[..^8] + (url[^8] == 'A' ? 'B' : 'A') + url[^7..];
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(new Uri(tampered))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(new Uri(old))).StatusCode);
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
        Assert.Contains("09:00–15:00 i Jönköping", reply, StringComparison.Ordinal);
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
