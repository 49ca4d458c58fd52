using BplBot.Data;
using System.Net;
using System.Text.Json.Nodes;
using BplBot.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static BplBot.Tests.Infrastructure.TeamsActivities;

namespace BplBot.Tests.CheckIn;

/// <summary>The card form (Action.Submit and Action.Execute), the coach's message, and check-ins started in a channel.</summary>
public abstract class CheckInCardAndSupportTests(DatabaseProvider provider) : ProviderTests(provider)
{
    [Fact]
    public async Task Form_HasTheScaleEveryMeasureAndPgsa()
    {
        await using var app = new BotApplication(Provider);
        app.AsFatima();
        var before = app.Connector.Sent.Count;

        await app.SayAsync("rapportera formulär");

        var card = Assert.Single(app.CardsSince(before));
        Assert.Equal("1.5", card["version"]!.GetValue<string>());
        var body = card["body"]!.AsArray();
        var rating = body.Single(e => e!["id"]?.GetValue<string>() == "rating")!;
        Assert.Equal("Input.ChoiceSet", rating["type"]!.GetValue<string>());
        Assert.Equal(10, rating["choices"]!.AsArray().Count);
        // Measures are text fields the bot reads (42,1 · 45 av 50), never the client's number field that wipes "42,1".
        Assert.Equal(0, body.Count(e => e!["type"]!.GetValue<string>() == "Input.Number"));
        Assert.Equal(2, body.Count(e => e!["id"]?.GetValue<string>() is "measure0" or "measure1"));
        Assert.Contains("Gemensamma hembesök", card.Text(), StringComparison.Ordinal);
        Assert.Contains("senast", card.Text(), StringComparison.Ordinal);
        Assert.Contains("Ett helt tal – tomt hoppar över", card.Text(), StringComparison.Ordinal);
        Assert.DoesNotContain("(antal", card.Text(), StringComparison.Ordinal); // a count is told by its noun
        Assert.Equal("Action.Execute", card["actions"]![0]!["type"]!.GetValue<string>());
    }

    [Fact]
    public async Task Form_WithProblems_ComesBackWithEntriesKept_AndEachProblemNamed()
    {
        await using var app = new BotApplication(Provider);
        app.AsFatima();
        await app.SayAsync("rapportera formulär");
        var teamId = app.WithDb(db => db.Teams.Single(t => t.Key == "nassjo").Id);
        var before = app.Connector.Sent.Count;

        await app.SendAsync(Submit(new JsonObject
        {
            ["bplbot"] = "checkin-form", ["team"] = teamId, ["rating"] = "", ["reason"] = "Elev 811218-9876 har bytt skola",
            ["measure0"] = "-4", ["measure1"] = "30", ["tested"] = "Nya tider", ["support"] = "true", ["supportTopic"] = "",
        }));

        var card = Assert.Single(app.CardsSince(before)).Text();
        Assert.Contains("Några fält behöver rättas", card, StringComparison.Ordinal);
        Assert.Contains("Välj ett steg på skalan", card, StringComparison.Ordinal);
        Assert.Contains("ser ut som ett personnummer", card, StringComparison.Ordinal);
        Assert.Contains("Gemensamma hembesök: Det ska vara ett helt tal", card, StringComparison.Ordinal);
        Assert.Contains("Skriv vad ni vill ha hjälp med", card, StringComparison.Ordinal);
        Assert.Contains("\"value\":\"Nya tider\"", card, StringComparison.Ordinal);
        Assert.Contains("\"value\":\"30\"", card, StringComparison.Ordinal);
        // The field with the identity number comes back with the number hidden, to edit rather than retype.
        Assert.Contains("Elev ••••••-•••• har bytt skola", card, StringComparison.Ordinal);
        Assert.DoesNotContain("9876", card, StringComparison.Ordinal);
        Assert.Empty(app.CheckInsMade());
    }

    [Fact]
    public async Task Form_OneInvalidFieldCorrected_GoesToTheSummary()
    {
        await using var app = new BotApplication(Provider);
        app.AsFatima();
        await app.SayAsync("rapportera formulär");
        var teamId = app.WithDb(db => db.Teams.Single(t => t.Key == "nassjo").Id);
        var form = new JsonObject { ["bplbot"] = "checkin-form", ["team"] = teamId, ["rating"] = "3.5", ["reason"] = "Bra fart", ["measure1"] = "130" };
        var before = app.Connector.Sent.Count;

        await app.SendAsync(Submit(form));
        var corrected = Assert.Single(app.CardsSince(before)).Text();
        Assert.Contains("Hembesök som leder till vidare kontakt med kurator: En andel i procent ska vara mellan 0 och 100", corrected, StringComparison.Ordinal);
        Assert.Contains("\"value\":\"Bra fart\"", corrected, StringComparison.Ordinal);

        form["measure1"] = "31";
        before = app.Connector.Sent.Count;
        await app.SendAsync(Submit(form));
        var summary = Assert.Single(app.CardsSince(before)).Text();
        Assert.Contains("Sammanfattning – Nässjö", summary, StringComparison.Ordinal);
        Assert.Contains("31 %", summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Form_ByActionExecute_AnswersWithTheSummaryCard_AndSaveButtonSaves()
    {
        await using var app = new BotApplication(Provider);
        app.AsFatima();
        await app.SayAsync("rapportera formulär");
        var teamId = app.WithDb(db => db.Teams.Single(t => t.Key == "nassjo").Id);

        var response = await app.SendAsync(CheckInKit.Invoke(new JsonObject
        {
            ["bplbot"] = "checkin-form", ["team"] = teamId, ["rating"] = "4.0", ["reason"] = "Måtten rör sig",
            ["measure0"] = "15", ["measure1"] = "", ["tested"] = "Gemensamma besök", ["learned"] = "", ["next"] = "",
            ["support"] = "false", ["supportTopic"] = "",
        }).ToJsonString());

        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal("application/vnd.microsoft.card.adaptive", body["type"]!.GetValue<string>());
        var summary = body["value"]!.Text();
        Assert.Contains("Sammanfattning – Nässjö", summary, StringComparison.Ordinal);
        Assert.Contains("4,0 (Betydande förbättring)", summary, StringComparison.Ordinal);
        Assert.Contains("hoppas över", summary, StringComparison.Ordinal);

        await app.SendAsync(Submit(new JsonObject { ["bplbot"] = "answer", ["answer"] = "spara" }));
        var saved = Assert.Single(app.CheckInsMade());
        Assert.Equal(4.0m, saved.Rating);
        Assert.Equal([15m], saved.Answers.Where(a => a.Value != null).Select(a => a.Value!.Value));
        Assert.Contains("Tack!", app.Connector.SentTexts[^1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Form_ValueFarFromHistory_IsKeptWhenSentAgain()
    {
        await using var app = new BotApplication(Provider);
        app.AsFatima();
        await app.SayAsync("rapportera formulär");
        var teamId = app.WithDb(db => db.Teams.Single(t => t.Key == "nassjo").Id);
        var form = new JsonObject { ["bplbot"] = "checkin-form", ["team"] = teamId, ["rating"] = "3.0", ["reason"] = "Stabilt", ["measure0"] = "140" };

        var first = JsonNode.Parse(await (await app.SendAsync(CheckInKit.Invoke(form).ToJsonString())).Content.ReadAsStringAsync())!;
        var card = first["value"]!.AsObject();
        Assert.Contains("Menade du 14 hembesök?", card.Text(), StringComparison.Ordinal);
        var data = card["actions"]![0]!["data"]!.AsObject();
        Assert.Equal("140", data["confirmed"]!["measure0"]!.GetValue<string>());

        var again = (JsonObject)data.DeepClone();
        foreach (var (key, value) in form) again[key] ??= value?.DeepClone();
        var second = JsonNode.Parse(await (await app.SendAsync(CheckInKit.Invoke(again).ToJsonString())).Content.ReadAsStringAsync())!;
        Assert.Contains("Sammanfattning", second["value"]!.AsObject().Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SupportRequest_IsSaved_AndTheTeamsCoachGetsAMessage()
    {
        await using var app = new BotApplication(Provider);
        // Sara Holm, Nässjö's coach, has the bot in her own 1:1 chat.
        const string coachId = "29:1-sara-holm", coachAad = "00000000-0000-0000-0000-0000000000c0", coachChat = "a:1personal-chat-sara";
        app.Connector.AddMember(coachId, "sara.holm@example.se", "Sara Holm");
        await app.SendAsync(PersonalMessage("vem är jag", userId: coachId, aad: coachAad).Replace(PersonalChat, coachChat, StringComparison.Ordinal));
        app.AsFatima();

        var saved = await app.CompleteCheckInAsync(support: "ja", topic: "Hur mäter vi vidare kontakt?");

        Assert.Contains("Ert önskemål om stöd är sparat. Sara Holm får ett meddelande från mig om det.", saved, StringComparison.Ordinal);
        // The coach's message goes through the outbox, after the member's turn.
        await Meetings.RhythmKit.EventuallyAsync(() => app.Connector.Sent.Any(c => (c.Shown ?? "").Contains("ber om stöd", StringComparison.Ordinal)), "the coach's message");
        var toCoach = app.Connector.Sent.Single(c => c.RawPath.Contains(Uri.EscapeDataString(coachChat), StringComparison.Ordinal)
            && (c.Shown ?? "").Contains("ber om stöd", StringComparison.Ordinal));
        Assert.Contains("**Nässjö ber om stöd** (från Fatima Noor)", toCoach.Shown, StringComparison.Ordinal);
        Assert.Contains("Hur mäter vi vidare kontakt?", toCoach.Shown, StringComparison.Ordinal);
        var request = Assert.Single(app.SupportRequestsMade());
        Assert.True(request.IsOpen);
        Assert.Equal(1, request.CoachesNotified);
    }

    [Fact]
    public async Task SupportRequest_WhenNoCoachCanBeReached_IsStillSaved()
    {
        await using var app = new BotApplication(Provider);
        app.AsFatima();

        var saved = await app.CompleteCheckInAsync(support: "ja", topic: "Vi behöver hjälp med mätningen");

        Assert.Contains("kunde inte nå någon coach", saved, StringComparison.Ordinal);
        Assert.Equal(0, Assert.Single(app.SupportRequestsMade()).CoachesNotified);
    }

    [Fact]
    public async Task CheckIn_StartedInTheTeamsLinkedChannel_StaysWithThatMember_AndRepliesInTheThread()
    {
        await using var app = new BotApplication(Provider);
        app.AsFatima();
        app.Connector.AddMember("29:1-other", "lena.aberg@example.se", "Lena Åberg");
        await app.SendAsync(ChannelPost("koppla Nässjö", "1000"));

        await app.SendAsync(ChannelPost("rapportera", "1001"));
        await app.SendAsync(ChannelPost("3,5", "1002"));
        // Someone else in the channel is not answering Fatima's dialog.
        await app.SendAsync(ChannelPost("hjälp", "1003", userId: "29:1-other", aad: "00000000-0000-0000-0000-0000000000d0"));

        var replies = app.Connector.Sent;
        Assert.Contains(Uri.EscapeDataString($"{TeamId};messageid=1002"), replies[2].RawPath, StringComparison.Ordinal);
        Assert.Contains("varför", replies[2].Text, StringComparison.Ordinal);
        Assert.Contains("Det här kan jag hjälpa dig med", replies[3].Text, StringComparison.Ordinal);
        var state = app.WithDb(db => db.DialogStates.AsNoTracking().Single());
        Assert.Equal(TeamId, state.ConversationId);
        Assert.Equal("Reason", state.Step);
    }

    [Fact]
    public async Task CheckIn_StartedInAGroupChatNotLinkedToTheTeam_MovesToTheMembersOwnChat()
    {
        await using var app = new BotApplication();
        app.AsFatima();
        await app.SendAsync(PersonalMessage("vem är jag")); // Fatima's own 1:1 chat with the bot exists
        app.Connector.Clear();

        await app.SendAsync(GroupMessage("rapportera"));

        var inGroup = app.Connector.Sent.Where(c => c.RawPath.Contains(Uri.EscapeDataString(GroupChat), StringComparison.Ordinal)).ToList();
        Assert.Equal("Jag har skickat det till dig privat.", Assert.Single(inGroup).Text);
        var inPersonal = app.Connector.Sent.Single(c => c.RawPath.Contains(Uri.EscapeDataString(PersonalChat), StringComparison.Ordinal));
        Assert.Contains("Då rapporterar vi för **Nässjö**", inPersonal.Text, StringComparison.Ordinal);
        Assert.Equal(PersonalChat, app.WithDb(db => db.DialogStates.AsNoTracking().Single()).ConversationId);

        Assert.Contains("varför", await app.SayAsync("3,5"), StringComparison.Ordinal); // the dialog goes on in the 1:1 chat
    }

    [Fact]
    public async Task OldSummaryButton_AfterTheDialogEnded_SaysSo()
    {
        await using var app = new BotApplication(Provider);
        app.AsFatima();

        await app.SendAsync(Submit(new JsonObject { ["bplbot"] = "answer", ["answer"] = "spara" }), HttpStatusCode.OK);

        Assert.Contains("redan avslutad", app.Connector.SentTexts[^1], StringComparison.Ordinal);
    }
}

public sealed class CheckInCardAndSupportTestsOnSqlite() : CheckInCardAndSupportTests(DatabaseProvider.Sqlite);

public sealed class CheckInCardAndSupportTestsOnPostgreSql() : CheckInCardAndSupportTests(DatabaseProvider.PostgreSql);
