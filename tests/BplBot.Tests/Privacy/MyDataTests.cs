using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using BplBot.Tests.CheckIn;
using BplBot.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace BplBot.Tests.Privacy;

/// <summary><c>mina data</c>: a card, and a signed, expiring link to a JSON file with the asker's rows and no one else's.</summary>
public sealed class MyDataTests
{
    [Fact]
    public async Task MyData_FileHasTheAskersRows_AndNothingAboutAnyoneElse()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var app = new BotApplication(time: clock);
        app.AsFatima();
        await app.CompleteCheckInAsync(rating: "4,5", support: "ja", topic: "Hjälp med att tolka diagrammet");
        await app.SayAsync("pausa påminnelser till 2099-01-10");

        var before = app.Connector.Sent.Count;
        await app.SayAsync("mina data");
        var card = app.LastCard(before);
        var text = card.Text();
        Assert.Contains("Dina uppgifter hos BplBot", text, StringComparison.Ordinal);
        Assert.Contains(PrivacyKit.FatimaEmail, text, StringComparison.Ordinal);
        Assert.Contains("medlem i Nässjö", text, StringComparison.Ordinal);
        Assert.Contains("Länken till filen gäller i 1 timme", text, StringComparison.Ordinal);
        Assert.Contains("Med **Hämta allt** får du en fil med allt", text, StringComparison.Ordinal); // the file the card speaks of
        Assert.Contains("Skattningar du gjort som coach", text, StringComparison.Ordinal);

        using var response = await app.GetAsync(PrivacyKit.Links(card).Single());
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        var json = await response.Content.ReadAsStringAsync();
        var file = JsonNode.Parse(json)!;
        var saved = Path.Combine(Directory.CreateTempSubdirectory("bplbot-mydata-").FullName, "mina-data.json");
        await File.WriteAllTextAsync(saved, json);
        var (exit, output) = await NodeScripts.RunAsync("validate-export.js", "--file", saved,
            Path.Combine(NodeScripts.RepoRoot, "docs", "export", "schemas", "personal-data.schema.json"));
        Assert.True(exit == 0, output);
        Assert.Equal("bplbot-personal-data", file["kind"]!.GetValue<string>());
        Assert.Equal(PrivacyKit.FatimaEmail, file["profile"]!["email"]!.GetValue<string>());
        Assert.Equal(TeamsActivities.UserAad, file["profile"]!["aadObjectId"]!.GetValue<string>());
        Assert.Equal("2099-01-10", file["profile"]!["remindersPausedUntil"]!.GetValue<string>());
        Assert.Equal(TeamsActivities.UserId, Assert.Single(file["teamsAccounts"]!.AsArray())!["teamsUserId"]!.GetValue<string>());
        Assert.Equal(TeamsActivities.PersonalChat, Assert.Single(file["conversations"]!.AsArray())!["conversationId"]!.GetValue<string>());

        // Her check-ins: the demo history's three for Nässjö and today's, and nobody else's.
        var fatimaId = app.WithDb(db => db.People.Single(p => p.Email == PrivacyKit.FatimaEmail).Id);
        var hers = app.WithDb(db => db.CheckIns.AsNoTracking().Count(c => c.PersonId == fatimaId));
        Assert.Equal(hers, file["checkIns"]!.AsArray().Count);
        Assert.Contains(file["checkIns"]!.AsArray(), c => c!["reason"]!.GetValue<string>() == "Fler hembesök görs tillsammans" && c["rating"]!.GetValue<decimal>() == 4.5m);
        Assert.Equal("Hjälp med att tolka diagrammet", Assert.Single(file["supportRequests"]!.AsArray())!["topic"]!.GetValue<string>());
        Assert.Contains(file["auditTrail"]!.AsArray(), a => a!["action"]!.GetValue<string>() == "PersonalDataShown");

        // Nothing about anyone else: no other person's name, e-mail or Teams id, and no other team's report.
        var others = app.WithDb(db => db.People.AsNoTracking().Where(p => p.Id != fatimaId).ToList());
        Assert.NotEmpty(others);
        foreach (var other in others)
        {
            Assert.DoesNotContain(other.Email, json, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain(other.Name, json, StringComparison.Ordinal);
            if (other.AadObjectId is { } aad) Assert.DoesNotContain(aad, json, StringComparison.OrdinalIgnoreCase);
        }
        var otherTexts = app.WithDb(db => db.CheckIns.AsNoTracking().Where(c => c.PersonId != fatimaId).Select(c => c.RatingReason).ToList());
        Assert.All(otherTexts, reason => Assert.DoesNotContain(JsonSerializer.Serialize(reason, PersonalJson)[1..^1], json, StringComparison.Ordinal));
    }

    private static readonly JsonSerializerOptions PersonalJson = BplBot.Privacy.PersonalDataEndpoint.Json;

    [Fact]
    public async Task MyDataLink_ExpiresAfterAnHour_AndAChangedLinkIsRefused()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var app = new BotApplication(time: clock);
        app.AsFatima();
        var before = app.Connector.Sent.Count;
        await app.SayAsync("my data");
        var url = PrivacyKit.Links(app.LastCard(before)).Single();
        Assert.Contains("/mina-data/", url, StringComparison.Ordinal);

        using (var changed = await app.GetAsync(url.Replace(".json", "x.json", StringComparison.Ordinal))) Assert.Equal(HttpStatusCode.NotFound, changed.StatusCode);
        using (var other = await app.GetAsync(url.Replace("/mina-data/", "/export/", StringComparison.Ordinal).Replace(".json", ".zip", StringComparison.Ordinal)))
            Assert.Equal(HttpStatusCode.NotFound, other.StatusCode); // a personal-data token is no export token
        using (var fresh = await app.GetAsync(url)) Assert.Equal(HttpStatusCode.OK, fresh.StatusCode);
        clock.Advance(TimeSpan.FromMinutes(61));
        using var expired = await app.GetAsync(url);
        Assert.Equal(HttpStatusCode.NotFound, expired.StatusCode);
        Assert.Contains("Länken har gått ut", await expired.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task MyData_ForSomeoneNotInTheNetwork_SaysWhatLittleIsKept()
    {
        await using var app = new BotApplication();
        var answer = await app.SayAsync("mina data");
        Assert.Contains("Du finns inte med i nätverket", answer, StringComparison.Ordinal);
        Assert.Contains("90 dagar", answer, StringComparison.Ordinal);
    }
}
