using BplBot.Data;
using System.Text.Json.Nodes;
using BplBot.Tests.CheckIn;
using BplBot.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static BplBot.Tests.Infrastructure.TeamsActivities;

namespace BplBot.Tests.Conversations;

/// <summary>Issue 12: cards that behave like Teams cards, numbers as Swedes type them, and answers in the person's language.</summary>
public abstract class CardsAndLanguageTests(DatabaseProvider provider) : ProviderTests(provider)
{
    private static JsonObject Form(BotApplication app, params (string Field, string Value)[] fields)
    {
        var teamId = app.WithDb(db => db.Teams.Single(t => t.Key == "nassjo").Id);
        var form = new JsonObject
        {
            ["bplbot"] = "checkin-form", ["team"] = teamId, ["rating"] = "3.5", ["reason"] = "Bra fart", ["tested"] = "", ["learned"] = "",
            ["next"] = "", ["support"] = "false", ["supportTopic"] = "",
        };
        foreach (var (field, value) in fields) form[field] = value;
        return form;
    }

    private static async Task<JsonObject> InvokeAsync(BotApplication app, JsonObject data)
    {
        var response = await app.SendAsync(CheckInKit.Invoke((JsonObject)data.DeepClone()).ToJsonString());
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!["value"]!.AsObject();
    }

    [Theory]
    [InlineData("42,1", "42,1 %")]
    [InlineData("42.1", "42,1 %")]
    [InlineData("15 av 50", "30 %")]
    public async Task CardNumbers_AreReadAsSwedesWriteThem(string typed, string shown)
    {
        await using var app = new BotApplication(Provider);
        app.AsFatima();
        await app.SayAsync("rapportera formulär");

        var summary = await InvokeAsync(app, Form(app, ("measure0", "14 st"), ("measure1", typed)));

        Assert.Contains("Sammanfattning – Nässjö", summary.Text(), StringComparison.Ordinal);
        Assert.Contains(shown, summary.Text(), StringComparison.Ordinal);
        Assert.Contains("14 hembesök", summary.Text(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("measure1", "-3", "mellan 0 och 100")]
    [InlineData("measure1", "142", "mellan 0 och 100")]
    [InlineData("measure0", "−3", "helt tal, 0 eller mer")]
    public async Task CardNumbersOutOfBounds_AreProblemsOnTheCard_NotClamped(string field, string typed, string problem)
    {
        await using var app = new BotApplication(Provider);
        app.AsFatima();
        await app.SayAsync("rapportera formulär");

        var card = await InvokeAsync(app, Form(app, (field, typed)));

        Assert.Contains(problem, card.Text(), StringComparison.Ordinal);
        Assert.Contains($"\"value\":\"{typed}\"", card.Text(), StringComparison.Ordinal); // kept to correct
        Assert.Empty(app.CheckInsMade());
    }

    [Fact]
    public async Task PersonnummerInACardField_ComesBackMasked_AndIsNowhereInTheDatabaseOrLogs()
    {
        await using var app = new BotApplication(Provider);
        app.AsFatima();
        await app.SayAsync("rapportera formulär");

        var card = await InvokeAsync(app, Form(app, ("learned", "Vi pratade med 19121212-1212 om närvaron")));

        var text = card.Text();
        Assert.Contains("Vi pratade med ••••••••-•••• om närvaron", text, StringComparison.Ordinal);
        Assert.DoesNotContain("1212", text, StringComparison.Ordinal);
        // The problem sits right above its field, in the same group.
        var group = card["body"]!.AsArray().OfType<JsonObject>().Single(e => e["type"]?.GetValue<string>() == "Container");
        Assert.Equal("learned", group["items"]![1]!["id"]!.GetValue<string>());
        Assert.Contains("personnummer", group["items"]![0]!["text"]!.GetValue<string>(), StringComparison.Ordinal);

        Assert.DoesNotContain("19121212", app.Logs.All, StringComparison.Ordinal);
        Assert.DoesNotContain(app.WithDb(db => db.DialogStates.AsNoTracking().Select(d => d.Data).ToList()), d => d.Contains("1212", StringComparison.Ordinal));
        if (Provider == DatabaseProvider.Sqlite)
            Assert.False(File.ReadAllBytes(Path.Combine(app.Folder, "bplbot.db")).AsSpan().IndexOf("19121212"u8) >= 0);
        else // every text column of every table, as PostgreSQL holds them
            Assert.Empty(app.WithDb(db => db.Database.SqlQueryRaw<string>(
                "SELECT c.relname AS \"Value\" FROM pg_class c WHERE c.relkind = 'r' AND c.relnamespace = 'public'::regnamespace " +
                "AND query_to_xml(format('SELECT * FROM %I', c.relname), false, false, '')::text LIKE '%19121212%'").ToList()));
    }

    [Fact]
    public async Task SavingFromTheSummaryCard_TurnsItIntoAReadOnlySavedCard()
    {
        await using var app = new BotApplication(Provider);
        app.AsFatima();
        await app.SayAsync("rapportera formulär");
        var summary = await InvokeAsync(app, Form(app, ("measure0", "15")));
        var save = summary["actions"]!.AsArray().Single(a => a!["title"]!.GetValue<string>() == "Spara")!;
        Assert.Equal("Action.Execute", save["type"]!.GetValue<string>());

        var saved = await InvokeAsync(app, save["data"]!.AsObject());

        Assert.Contains("Sparad ✓ – Nässjö", saved.Text(), StringComparison.Ordinal);
        Assert.Null(saved["actions"]); // no live buttons on a saved report
        Assert.Single(app.CheckInsMade());
        Assert.Contains("Tack!", app.Connector.SentTexts[^1], StringComparison.Ordinal);

        // A second press on an old card is answered politely, and saves nothing.
        await app.SendAsync(Submit((JsonObject)save["data"]!.DeepClone()));
        Assert.Contains("redan avslutad", app.Connector.SentTexts[^1], StringComparison.Ordinal);
        Assert.Single(app.CheckInsMade());
    }

    [Fact]
    public async Task EditOnTheSummaryCard_OpensTheFormAgain_WithTheValues()
    {
        await using var app = new BotApplication(Provider);
        app.AsFatima();
        await app.SayAsync("rapportera formulär");
        var summary = await InvokeAsync(app, Form(app, ("measure0", "15"), ("measure1", "42,1")));
        var edit = summary["actions"]!.AsArray().Single(a => a!["title"]!.GetValue<string>() == "Ändra")!["data"]!.AsObject();

        var form = await InvokeAsync(app, edit);

        Assert.Contains("Rapport – Nässjö", form.Text(), StringComparison.Ordinal);
        Assert.Contains("\"value\":\"42,1\"", form.Text(), StringComparison.Ordinal);
        Assert.Contains("\"value\":\"Bra fart\"", form.Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AFormFromAnEarlierReport_IsRefused_NotApplied()
    {
        await using var app = new BotApplication(Provider);
        app.AsFatima();
        await app.SayAsync("rapportera formulär");
        var stale = Form(app, ("measure0", "99"));
        stale["version"] = Guid.NewGuid().ToString("N");

        await app.SendAsync(Submit(stale));

        Assert.Contains("hör till en tidigare rapport", app.Connector.SentTexts[^1], StringComparison.Ordinal);
        Assert.Equal("Rating", app.WithDb(db => db.DialogStates.AsNoTracking().Single().Step));
    }

    [Fact]
    public async Task TextDialog_OffersButtonsForItsClosedChoices()
    {
        await using var app = new BotApplication(Provider);
        app.AsFatima();
        await app.SayAsync("rapportera");

        var rating = app.Connector.Sent[^1].Json.GetProperty("suggestedActions").GetProperty("actions");
        Assert.Equal(10, rating.GetArrayLength());
        Assert.Equal("imBack", rating[0].GetProperty("type").GetString());
        Assert.Equal("3,5", rating[6].GetProperty("value").GetString());

        await app.ThroughMeasuresAsync("3,5", "Bra fart", "14", "30", "hoppa över", "hoppa över", "hoppa över");
        var support = app.Connector.Sent[^1].Json.GetProperty("suggestedActions").GetProperty("actions");
        Assert.Equal(["ja", "nej"], support.EnumerateArray().Select(a => a.GetProperty("title").GetString()));
        await app.SayAsync("nej");
        var summary = app.Connector.Sent[^1].Json.GetProperty("suggestedActions").GetProperty("actions");
        Assert.Equal(["spara", "ändra", "avbryt"], summary.EnumerateArray().Select(a => a.GetProperty("title").GetString()));
    }

    [Fact]
    public async Task Language_FollowsTheChoiceThenTheCommandWordThenTheLocale()
    {
        await using var app = new BotApplication(Provider);
        app.AsFatima();

        // The playground always sends en-US: a Swedish command word is answered in Swedish, an English one in English.
        Assert.Contains("Det här kan jag hjälpa dig med", await app.SayAsync("hjälp", "en-US"), StringComparison.Ordinal);
        Assert.Contains("Here is what I can do", await app.SayAsync("help", "sv-SE"), StringComparison.Ordinal);
        // A word both languages use says nothing: the locale decides.
        Assert.Contains("Nästa träff", await app.SayAsync("nästa träff", "en-US"), StringComparison.Ordinal);

        // A dialog started in Swedish goes on in Swedish, even for answers like "3,5".
        Assert.Contains("Skattning för Nässjö", await app.SayAsync("rapportera", "en-US"), StringComparison.Ordinal);
        Assert.Contains("**varför**", await app.SayAsync("3,5", "en-US"), StringComparison.Ordinal);
        await app.SayAsync("avbryt", "en-US");

        // An own choice wins over everything, and is kept.
        Assert.Contains("in English from now on", await app.SayAsync("språk engelska"), StringComparison.Ordinal);
        Assert.Contains("Here is what I can do", await app.SayAsync("hjälp", "sv-SE"), StringComparison.Ordinal);
        Assert.Equal("en", app.WithDb(db => db.People.AsNoTracking().Single(p => p.Email == "fatima.noor@example.se").PreferredLanguage));
        Assert.Contains("på svenska", await app.SayAsync("language swedish"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("hej", "Hej! Skriv **hjälp**")]
    [InlineData("Tack!", "Varsågod!")]
    [InlineData("hur gör jag en rapport?", "Vill du **rapportera**?")]
    [InlineData("avbryt", "Det finns inget att avbryta")]
    public async Task GreetingsThanksAndNearMisses_GetAFriendlyShortAnswer(string typed, string expected)
    {
        await using var app = new BotApplication(Provider);
        app.AsFatima();

        Assert.Contains(expected, await app.SayAsync(typed), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ATypo_KeepsTheArgument_AndOffersToRunIt()
    {
        await using var app = new BotApplication(Provider);
        app.AsFatima();

        Assert.Contains("Menade du **status Nässjö**?", await app.SayAsync("stauts Nässjö"), StringComparison.Ordinal);
        var button = app.Connector.Sent[^1].Json.GetProperty("suggestedActions").GetProperty("actions")[0];
        Assert.Equal("status Nässjö", button.GetProperty("value").GetString());
    }
}

public sealed class CardsAndLanguageTestsOnSqlite() : CardsAndLanguageTests(DatabaseProvider.Sqlite);

public sealed class CardsAndLanguageTestsOnPostgreSql() : CardsAndLanguageTests(DatabaseProvider.PostgreSql);
