using BplBot.Data;
using BplBot.Tests.Infrastructure;
using static BplBot.Tests.Infrastructure.TeamsActivities;

namespace BplBot.Tests.Conversations;

public abstract class HelpAndCommandsTests(DatabaseProvider provider) : ProviderTests(provider)
{
    [Fact]
    public async Task Help_InPersonalChat_ListsTheCommandsInSwedish()
    {
        await using var app = new BotApplication(Provider);
        await app.SendAsync(PersonalMessage("hjälp", id: "act-1"));

        var reply = Assert.Single(app.Connector.Sent);
        Assert.Contains("Det här kan jag hjälpa dig med", reply.Text, StringComparison.Ordinal);
        Assert.Contains("**hjälp**", reply.Text, StringComparison.Ordinal);
        Assert.Contains("**vem är jag**", reply.Text, StringComparison.Ordinal);
        Assert.Equal("act-1", reply.Json.GetProperty("replyToId").GetString());
        Assert.Equal($"/_connector/v3/conversations/{Uri.EscapeDataString(PersonalChat)}/activities/act-1", reply.RawPath);
    }

    [Fact]
    public async Task Help_EnglishTeams_AnswersInEnglish()
    {
        await using var app = new BotApplication(Provider);
        await app.SendAsync(PersonalMessage("help", locale: "en-US"));

        var text = Assert.Single(app.Connector.SentTexts);
        Assert.Contains("Here is what I can do for you", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Det här kan jag", text, StringComparison.Ordinal);
        // The demo's role words in English too (the bot takes both).
        Assert.Contains("demo coordinator · demo coach <team> · demo member <team> · demo off", text, StringComparison.Ordinal);
        Assert.DoesNotContain("demo medlem", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Demo_InSwedishWords_FromAnEnglishClient_AnswersInSwedish()
    {
        // The Agents Playground always says en-US; "demo" is both languages' word, "medlem" is Swedish.
        await using var app = new BotApplication(Provider);
        await app.SendAsync(PersonalMessage("demo medlem Nässjö", locale: "en-US"));
        await app.SendAsync(PersonalMessage("demo member Nässjö", id: "act-2", locale: "sv-SE"));

        Assert.Equal(2, app.Connector.SentTexts.Count);
        Assert.Contains("Klart!", app.Connector.SentTexts[0], StringComparison.Ordinal);
        Assert.Contains("Done!", app.Connector.SentTexts[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Help_PersonNotInNetwork_IsToldWhoToAskAndHowToTryTheDemo()
    {
        await using var app = new BotApplication(Provider);
        await app.SendAsync(PersonalMessage("hjälp"));

        var text = Assert.Single(app.Connector.SentTexts);
        Assert.Contains("Du finns inte med i nätverket ännu", text, StringComparison.Ordinal);
        Assert.Contains("Maja Lindqvist och Oskar Berg", text, StringComparison.Ordinal);
        Assert.DoesNotContain("@example.se", text, StringComparison.Ordinal); // security review F12: no addresses for strangers
        Assert.Contains("demo medlem", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownCommand_GetsTheClosestCommand()
    {
        await using var app = new BotApplication(Provider);
        await app.SendAsync(PersonalMessage("hjälpp"));

        var text = Assert.Single(app.Connector.SentTexts);
        Assert.Contains("Menade du **hjälp**?", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownCommand_WithoutAnyLikeness_PointsToHelp()
    {
        await using var app = new BotApplication(Provider);
        await app.SendAsync(PersonalMessage("xyzzyplugh"));

        var text = Assert.Single(app.Connector.SentTexts);
        Assert.Contains("Skriv **hjälp**", text, StringComparison.Ordinal);
        Assert.DoesNotContain("xyzzyplugh", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Teams_ListsEveryTeamWithItsShortName()
    {
        await using var app = new BotApplication(Provider);
        await app.SendAsync(PersonalMessage("team"));
        Assert.Contains("Du finns inte med i nätverket", Assert.Single(app.Connector.SentTexts), StringComparison.Ordinal); // F12
        app.Connector.AddMember("29:2-fatima", "fatima.noor@example.se", "Fatima Noor");
        await app.SendAsync(PersonalMessage("team", userId: "29:2-fatima", aad: "00000000-0000-0000-0000-0000000000f1"));

        var text = app.Connector.SentTexts[^1];
        Assert.Contains("Nätverkets förbättringsteam (7)", text, StringComparison.Ordinal);
        foreach (var name in new[] { "Attarp", "Rydaholm", "Nässjö", "Arena för hälsa", "Länet", "Vetlanda", "Mullsjö" })
            Assert.Contains($"**{name}**", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CardSubmitWithNothingToReceiveIt_GetsAFriendlyAnswer()
    {
        await using var app = new BotApplication(Provider);
        await app.SendAsync(Submit(new System.Text.Json.Nodes.JsonObject { ["verb"] = "old-card" }));

        var text = Assert.Single(app.Connector.SentTexts);
        Assert.Contains("Det kortet hör inte till något", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MalformedJson_Is400_AndNothingIsSent()
    {
        await using var app = new BotApplication(Provider);
        var response = await app.PostAsync("{\"type\": \"message\", ");

        Assert.Equal(System.Net.HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty(app.Connector.Calls);
    }
}

public sealed class HelpAndCommandsTestsOnSqlite() : HelpAndCommandsTests(DatabaseProvider.Sqlite);

public sealed class HelpAndCommandsTestsOnPostgreSql() : HelpAndCommandsTests(DatabaseProvider.PostgreSql);
