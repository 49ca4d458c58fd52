using System.Collections.Concurrent;
using System.Net;
using System.Text.Json.Nodes;
using BplBot.Tests.Infrastructure;
using Xunit.Abstractions;
using static BplBot.Tests.Infrastructure.TeamsActivities;

namespace BplBot.Tests.Security;

/// <summary>
/// Issue 15: thousands of generated activities (fields missing or of the wrong type, odd service URLs and ids, deep
/// nesting, long strings, concurrent first contact) against the whole bot in memory. None may get a 5xx (the
/// connector would retry it and the log would fill with stack traces), and the bot must still answer afterwards.
/// The seed is fixed, so a failure names activities that fail the same way every run.
/// </summary>
public sealed class ActivityFuzzTests(ITestOutputHelper output)
{
    private const int Seed = 1511;
    private const int Activities = 2_000;
    private const int Concurrency = 8;

    [Fact]
    public async Task GeneratedActivities_NeverGet5xx_AndTheBotAnswersAfterwards()
    {
        // Warnings and errors only: thousands of turns' information lines would cost more than the turns.
        await using var app = new BotApplication(settings: new() { ["Logging:LogLevel:Default"] = "Warning", ["Logging:LogLevel:BplBot"] = "Warning" });
        _ = app.Server;
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var generator = new ActivityGenerator(new Random(Seed));
        var batches = Enumerable.Range(0, Activities).Select(_ => generator.Next()).Chunk(Concurrency).ToList();
        var failures = new ConcurrentQueue<(int Status, string Json)>();
        var statuses = new ConcurrentDictionary<int, int>();

        foreach (var batch in batches)
        {
            await Task.WhenAll(batch.Select(async json =>
            {
                using var response = await app.PostAsync(json);
                var status = (int)response.StatusCode;
                statuses.AddOrUpdate(status, 1, (_, n) => n + 1);
                // 501 is the Bot Framework's answer to an invoke nobody handles (as BotBuilder): defined, not a failure.
                var unhandledInvoke = status == 501 && JsonNode.Parse(json)?["type"]?.GetValue<string>() == "invoke";
                if (status >= 500 && !unhandledInvoke) failures.Enqueue((status, json));
            }));
        }

        output.WriteLine($"{Activities} activities in {clock.ElapsedMilliseconds} ms");
        output.WriteLine(string.Join(", ", statuses.OrderBy(s => s.Key).Select(s => $"{s.Key}: {s.Value}")));
        Assert.True(failures.IsEmpty, $"{failures.Count} of {Activities} activities got a 5xx; the first ones:\n" +
            string.Join("\n", failures.Take(5).Select(f => $"{f.Status}: {Cut(f.Json)}")));

        app.Connector.Clear();
        // Someone the fuzz never was: the fuzz's own users have used up their inbound rate limit by now.
        await app.SendAsync(PersonalMessage("hjälp", userId: "29:after-the-fuzz", aad: "00000000-0000-0000-0000-00000000af7e"));
        Assert.Contains(app.Connector.SentTexts, text => text.Contains("hjälp", StringComparison.OrdinalIgnoreCase));
    }

    private static string Cut(string json) => json.Length <= 600 ? json : json[..600] + $"… ({json.Length} chars)";

    /// <summary>Mutations of the shapes Teams sends, chosen by a seeded random.</summary>
    private sealed class ActivityGenerator(Random random)
    {
        private static readonly string[] TopLevel =
            ["type", "id", "serviceUrl", "channelId", "from", "recipient", "conversation", "text", "entities", "channelData", "value", "locale", "name", "action", "membersAdded", "replyToId", "timestamp"];

        private static readonly string[] Types =
            ["message", "message", "message", "invoke", "conversationUpdate", "installationUpdate", "typing", "event", "messageReaction", "Message", "", "x"];

        private static readonly string[] ServiceUrls =
            [BotApplication.ServiceUrl, BotApplication.ServiceUrl, "", " ", "not a url", "/relative", "ftp://127.0.0.1/", "javascript:alert(1)",
             "http://127.0.0.1:1/", "https://evil.example/", "https://smba.trafficmanager.net/emea/", "http://[::1]:56150/x/", "http://user@127.0.0.1/",
             "http://127.0.0.1:56150/_connector/?q=1", "http://127.0.0.1:56150/%2e%2e/"];

        private static readonly string[] Texts =
            ["hjälp", "help", "status", "status Nässjö", "rapportera", "3,5", "vem är jag", "träffar", "team", "skatta Nässjö 3,5 bra", "koppla Nässjö",
             "demo samordnare", "demo medlem Nässjö", "nyhetsbrev träff 99999999999", "ny träff 2027-13-45 25:99 X", "avbryt", "", " ", "<at>BplBot</at>",
             "811218–9876", "1" + new string(' ', 500) + "x", "\u0663", "<at>BplBot</at> <at>Other</at> status", "\u0000\u0001", "🙂🙂🙂"];

        public string Next()
        {
            var activity = Template();
            for (var i = random.Next(1, 4); i > 0; i--) Mutate(activity);
            return activity.ToJsonString();
        }

        private JsonObject Template()
        {
            var user = Pick(["29:fuzz-user-1", "29:fuzz-user-2", "29:fuzz-user-3", UserId]);
            var text = Pick(Texts);
            var json = random.Next(8) switch
            {
                0 => GroupMessage(text, userId: user),
                1 => ChannelPost(text, postId: random.Next(100).ToString(System.Globalization.CultureInfo.InvariantCulture), userId: user),
                2 => InstallPersonal(Pick(["add", "remove", "add-upgrade", "x"])),
                3 => MembersAddedPersonal(),
                4 => Submit(new JsonObject { ["kind"] = Pick(["command", "checkin", "x"]), ["command"] = text, ["rating"] = text }),
                5 => CheckIn.CheckInKit.Invoke(new JsonObject { ["rating"] = text }).ToJsonString(),
                _ => PersonalMessage(text, userId: user),
            };
            var activity = JsonNode.Parse(json)!.AsObject();
            if (random.Next(3) == 0) activity["conversation"]!["id"] = Pick(["a:fuzz-chat-1", "a:fuzz-chat-2", "19:fuzz-group@thread.v2"]);
            return activity;
        }

        private void Mutate(JsonObject activity)
        {
            var field = Pick(TopLevel);
            switch (random.Next(9))
            {
                case 0:
                    activity.Remove(field);
                    break;
                case 1:
                    activity[field] = OddValue(depth: 0);
                    break;
                case 2:
                    activity["type"] = Pick(Types);
                    break;
                case 3:
                    activity["serviceUrl"] = Pick(ServiceUrls);
                    break;
                case 4:
                    SetNested(activity, Pick(["from", "recipient", "conversation"]), Pick(["id", "aadObjectId", "tenantId", "name", "conversationType", "isGroup"]), OddId());
                    break;
                case 5:
                    activity[Pick(["value", "channelData", "entities", "attachments"])] = Nested(random.Next(1, 80));
                    break;
                case 6:
                    activity["text"] = new string(Pick(['x', ' ', '1', 'å', '\n']), random.Next(0, 30_000));
                    break;
                case 7:
                    activity["entities"] = new JsonArray(new JsonObject
                    {
                        ["type"] = "mention",
                        ["mentioned"] = random.Next(2) == 0 ? null : new JsonObject { ["id"] = Pick([BotId, OddIdText()]), ["name"] = OddIdText() },
                        ["text"] = random.Next(2) == 0 ? null : Pick(["<at>", "<at>BplBot</at>", "", OddIdText()]),
                    });
                    break;
                default:
                    activity["id"] = OddId();
                    break;
            }
        }

        private static void SetNested(JsonObject activity, string parent, string field, JsonNode? value)
        {
            if (activity[parent] is JsonObject target) target[field] = value;
            else activity[parent] = new JsonObject { [field] = value };
        }

        private JsonNode? OddValue(int depth) => random.Next(8) switch
        {
            0 => null,
            1 => JsonValue.Create(random.Next(-5, 5)),
            2 => JsonValue.Create(random.Next(2) == 0),
            3 => new JsonArray(OddIdText(), 1, null),
            4 => depth > 3 ? new JsonObject() : new JsonObject { ["id"] = OddId(), ["x"] = OddValue(depth + 1) },
            5 => JsonValue.Create(1e308),
            _ => OddId(),
        };

        private JsonNode? OddId() => random.Next(10) == 0 ? OddValue(depth: 4) : JsonValue.Create(OddIdText());

        private string OddIdText() => Pick(
        [
            "", ".", "..", "../..", "a/b", "%2e%2e", "x\ny", "\u0000", "\u2028", "29:ü-ñ-中文", "a:" + new string('x', random.Next(1, 3_000)),
            "19:x@thread.tacv2;messageid=1", "29:fuzz-user-1", " ", "null", "00000000-0000-0000-0000-0000000000a0", "DROP TABLE People;--",
        ]);

        private static JsonNode Nested(int depth)
        {
            JsonNode node = JsonValue.Create("leaf");
            for (var i = 0; i < depth; i++) node = i % 2 == 0 ? new JsonArray(node) : new JsonObject { ["n"] = node };
            return node;
        }

        private T Pick<T>(T[] items) => items[random.Next(items.Length)];
    }
}
