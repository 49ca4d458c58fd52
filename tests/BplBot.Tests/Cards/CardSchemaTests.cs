using System.Text.Json.Nodes;
using BplBot.Reminders;
using BplBot.Tests.CheckIn;
using BplBot.Tests.Infrastructure;
using BplBot.Tests.Meetings;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using static BplBot.Tests.Infrastructure.TeamsActivities;

namespace BplBot.Tests.Cards;

/// <summary>
/// Every kind of card the bot sends, produced by the real flows, checked with the official Adaptive Cards library
/// for version 1.5 (unknown elements, properties 1.5 does not know, the library's own checks) and Teams' size limit.
/// </summary>
public sealed class CardSchemaTests
{
    [Fact]
    public async Task EveryCardTheBotSends_IsAValidAdaptiveCard15_UnderTheSizeLimit()
    {
        var cards = new List<(string Name, JsonObject Card)>();
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var app = new BotApplication(time: clock, settings: new() { ["Status:PublicBaseUrl"] = "https://bplbot.example.se" });
        async Task Collect(string name, Func<Task> action)
        {
            var before = app.Connector.Sent.Count;
            await action();
            var sent = app.CardsSince(before);
            Assert.True(sent.Count > 0, $"{name}: no card was sent");
            cards.AddRange(sent.Select((c, i) => ($"{name} {i + 1}", c)));
        }

        app.AsFatima();
        await Collect("check-in form", () => app.SayAsync("rapportera formulär"));
        var teamId = app.WithDb(db => db.Teams.Single(t => t.Key == "nassjo").Id);
        await Collect("check-in form with problems", () => app.SendAsync(Submit(new JsonObject
        {
            ["bplbot"] = "checkin-form", ["team"] = teamId, ["rating"] = "", ["reason"] = "", ["measure0"] = "-4", ["support"] = "true",
        })));
        await Collect("check-in summary", () => app.SendAsync(Submit(new JsonObject
        {
            ["bplbot"] = "checkin-form", ["team"] = teamId, ["rating"] = "3.5", ["reason"] = "Bra fart", ["measure0"] = "12", ["measure1"] = "31",
        })));
        await app.SayAsync("spara");
        await app.SayAsync("demo samordnare");
        await Collect("status with inline charts", () => app.SayAsync("status Nässjö"));
        await Collect("status overview", () => app.SayAsync("status"));
        await Collect("choice of teams", () => app.SayAsync("status Värnamo"));
        await Collect("meeting form", () => app.SayAsync("ny träff"));

        // A reminder's card waits in the outbox as JSON until it is sent.
        app.AddMembers("vetlanda", 1, "kort");
        await app.InScopeAsync(sp =>
        {
            var id = sp.GetRequiredService<BplBot.Data.BplDbContext>().Meetings.Single(m => m.Ordinal == 9).Id;
            return sp.GetRequiredService<ReminderSender>().SendAsync(id, 3, CancellationToken.None);
        });
        cards.AddRange(app.WithDb(db => db.OutboxMessages.AsNoTracking().Where(m => m.CardJson != null).Select(m => m.CardJson!).ToList())
            .Take(1).Select(json => ("reminder", JsonNode.Parse(json)!.AsObject())));

        await Collect("newsletter draft", () => app.SayAsync("bygg nyhetsbrev träff 8"));
        await Collect("weekly digest", () => app.SayAsync("veckosammanfattning"));
        await Collect("my data", () => app.SayAsync("mina data"));
        await Collect("export", () => app.SayAsync("exportera"));
        await Collect("erase someone", () => app.SayAsync("radera person mikael.strand@example.se"));
        await Collect("erase my data", () => app.SayAsync("radera mina data"));

        var file = Path.Combine(Directory.CreateTempSubdirectory("bplbot-cards-").FullName, "cards.json");
        await File.WriteAllTextAsync(file, new JsonArray(cards.Select(c => (JsonNode)new JsonObject { ["name"] = c.Name, ["card"] = c.Card.DeepClone() }).ToArray()).ToJsonString());
        var (exit, output) = await NodeScripts.RunAsync("validate-cards.js", file);

        Assert.True(exit == 0, output);
        Assert.Contains("\"name\": \"reminder\"", output, StringComparison.Ordinal);
        Assert.Contains("\"name\": \"newsletter draft 1\"", output, StringComparison.Ordinal);
        Assert.Contains("\"name\": \"weekly digest 1\"", output, StringComparison.Ordinal);
        Assert.Contains("\"name\": \"erase my data 1\"", output, StringComparison.Ordinal);
        Assert.True(cards.Count >= 14, string.Join(", ", cards.Select(c => c.Name)));
    }

    [Fact]
    public async Task TheValidator_CatchesWhatTeamsWouldReject()
    {
        var file = Path.Combine(Directory.CreateTempSubdirectory("bplbot-cards-").FullName, "cards.json");
        await File.WriteAllTextAsync(file, """
            [{"name": "bad", "card": {"type": "AdaptiveCard", "version": "1.6", "body": [
              {"type": "Input.Rating", "id": "r"}, {"type": "Input.Text"}, {"type": "Input.Text", "id": "a"}, {"type": "Input.Text", "id": "a"}],
              "actions": [{"type": "Action.OpenUrl", "title": "Öppna"}]}}]
            """);
        var (exit, output) = await NodeScripts.RunAsync("validate-cards.js", file);
        Assert.Equal(1, exit);
        Assert.Contains("version is 1.6, not 1.5", output, StringComparison.Ordinal);
        Assert.Contains("Unknown element type \\\"Input.Rating\\\"", output, StringComparison.Ordinal);
        Assert.Contains("All inputs must have a unique Id", output, StringComparison.Ordinal);
        Assert.Contains("Property \\\"url\\\" must be set", output, StringComparison.Ordinal);
    }
}
