using Microsoft.EntityFrameworkCore;
using System.Text.Json;
using System.Text.Json.Nodes;
using BplBot.Tests.Infrastructure;
using static BplBot.Tests.Infrastructure.TeamsActivities;

namespace BplBot.Tests.CheckIn;

/// <summary>Small steps the check-in tests share: who the user is, and "say this, return what the bot answered".</summary>
internal static class CheckInKit
{
    /// <summary>Fatima Noor is a member of Nässjö in the demo network; Mikael Strand of Nässjö and Länet.</summary>
    public static void AsFatima(this BotApplication app) => app.Connector.AddMember(UserId, "fatima.noor@example.se", "Fatima Noor");

    public static void AsMikael(this BotApplication app) => app.Connector.AddMember(UserId, "mikael.strand@example.se", "Mikael Strand");

    /// <summary>Sends a 1:1 message and returns the text of everything the bot answered to it.</summary>
    public static async Task<string> SayAsync(this BotApplication app, string text, string locale = "sv-SE")
    {
        var before = app.Connector.Sent.Count;
        await app.SendAsync(PersonalMessage(text, locale));
        return string.Join("\n---\n", app.Connector.Sent.Skip(before).Select(c => c.Text ?? string.Empty));
    }

    /// <summary>Sends a raw activity and returns the text of everything the bot answered to it.</summary>
    public static async Task<string> AnswerToAsync(this BotApplication app, string activityJson)
    {
        var before = app.Connector.Sent.Count;
        await app.SendAsync(activityJson);
        return string.Join("\n---\n", app.Connector.Sent.Skip(before).Select(c => c.Text ?? string.Empty));
    }

    /// <summary>The cards the bot sent since <paramref name="from"/>, as JSON.</summary>
    public static List<JsonObject> CardsSince(this BotApplication app, int from) =>
        app.Connector.Sent.Skip(from)
            .SelectMany(c => c.Json.TryGetProperty("attachments", out var a) ? a.EnumerateArray().ToList() : [])
            .Select(a => JsonNode.Parse(a.GetProperty("content").GetRawText())!.AsObject())
            .ToList();

    public static async Task<string> ThroughMeasuresAsync(this BotApplication app, params string[] answers)
    {
        var last = string.Empty;
        foreach (var answer in answers) last = await app.SayAsync(answer);
        return last;
    }

    /// <summary>A complete check-in for Nässjö in text: 3,5, a reason, both measures, PGSA, no support.</summary>
    public static async Task<string> CompleteCheckInAsync(this BotApplication app, string rating = "3,5", string hembesok = "14",
        string support = "nej", string? topic = null)
    {
        await app.SayAsync("rapportera");
        await app.SayAsync(rating);
        await app.SayAsync("Fler hembesök görs tillsammans");
        await app.SayAsync(hembesok);
        await app.SayAsync("30");
        await app.SayAsync("Hembesök på tisdagar");
        await app.SayAsync("hoppa över");
        await app.SayAsync("Fortsätta med tisdagarna");
        await app.SayAsync(support);
        if (topic is not null) await app.SayAsync(topic);
        return await app.SayAsync("spara");
    }

    /// <summary>
    /// The check-ins made during this test, oldest first. The demo network arrives with its own history: reports
    /// before the last three meetings and two in the current period, all at least three days old.
    /// </summary>
    public static List<BplBot.Domain.CheckIn.TeamCheckIn> CheckInsMade(this BotApplication app)
    {
        var since = (app.Time ?? TimeProvider.System).GetUtcNow().AddDays(-1);
        return app.WithDb(db => db.CheckIns.AsNoTracking().AsEnumerable().Where(c => c.SubmittedAt > since).OrderBy(c => c.Id).ToList());
    }

    /// <summary>The support requests of the check-ins made during this test.</summary>
    public static List<BplBot.Domain.CheckIn.SupportRequest> SupportRequestsMade(this BotApplication app)
    {
        var ids = app.CheckInsMade().Select(c => c.Id).ToHashSet();
        return app.WithDb(db => db.SupportRequests.AsNoTracking().AsEnumerable().Where(r => ids.Contains(r.CheckInId)).ToList());
    }

    public static JsonObject Invoke(JsonObject data, string locale = "sv-SE")
    {
        var activity = JsonNode.Parse(Submit(new JsonObject(), locale))!.AsObject();
        activity["type"] = "invoke";
        activity["name"] = "adaptiveCard/action";
        activity["value"] = new JsonObject
        {
            ["action"] = new JsonObject { ["type"] = "Action.Execute", ["title"] = "Granska", ["verb"] = "checkin.submit", ["data"] = data },
        };
        return activity;
    }

    private static readonly JsonSerializerOptions Readable = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The card as JSON text with letters like å, ä, ö left as they are.</summary>
    public static string Text(this JsonNode card) => card.ToJsonString(Readable);
}
