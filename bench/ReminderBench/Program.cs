// Reminders to 1,000 members in 50 teams through the outbox, against a connector that enforces Teams' limits.
// Usage: dotnet run -c Release --project bench/ReminderBench [-- <latency ms per connector call>]
using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Text;
using BplBot.Data;
using BplBot.Domain.Network;
using BplBot.Outbox;
using BplBot.Reminders;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

internal static class ReminderBenchmark
{
    private const int Teams = 50, MembersPerTeam = 20, PerConversation = 7, PerTenant = 30;

    public static async Task Main(string[] args)
    {
        var latency = TimeSpan.FromMilliseconds(args.Length > 0 ? int.Parse(args[0], System.Globalization.CultureInfo.InvariantCulture) : 0);
        BenchApp.UseRepositoryContentRoot();
        var folder = Directory.CreateTempSubdirectory("bplbot-bench-").FullName;
        var connector = new LimitingConnector(PerConversation, PerTenant, latency);
        await using var app = new BenchApp(folder, connector, new Dictionary<string, string>
        {
            ["Outbox:PerConversationPerSecond"] = $"{PerConversation}", ["Outbox:PerTenantPerSecond"] = $"{PerTenant}",
        });
        var client = app.CreateClient();
        await InstallAsync(client);

        int meetingId;
        using (var scope = app.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<BplDbContext>();
            for (var t = 0; t < Teams; t++)
            {
                var team = db.Teams.Add(new ImprovementTeam($"bench-{t}", $"Benchteam {t}", $"Bench {t}", "Jönköping", FocusArea.MentalHealth, "")).Entity;
                await db.SaveChangesAsync();
                for (var m = 0; m < MembersPerTeam; m++)
                {
                    var person = new Person($"Medlem {t}-{m}", $"m{t}-{m}@bench.example.se", $"00000000-0000-0000-{t:x4}-{m:x12}", "sv-SE");
                    person.Grant(Role.Member, team.Id);
                    db.People.Add(person);
                }
            }
            var start = DateTimeOffset.UtcNow.AddDays(3);
            var meeting = db.Meetings.Add(new Meeting(100, start, start.AddHours(3), "Jönköping", "Bench")).Entity;
            await db.SaveChangesAsync();
            meetingId = meeting.Id;
        }

        // Round 1 creates each person's 1:1 chat; round 2 (the next reminder) finds them stored.
        foreach (var (round, daysBefore) in new[] { (1, 3), (2, 1) })
        {
            var before = (connector.Accepted, connector.Refused, connector.Created);
            var watch = Stopwatch.StartNew();
            int planned;
            using (var scope = app.Services.CreateScope())
                planned = await scope.ServiceProvider.GetRequiredService<ReminderSender>().SendAsync(meetingId, daysBefore, CancellationToken.None);
            var planMs = watch.Elapsed.TotalMilliseconds;
            Dictionary<OutboxStatus, int> statuses;
            while (true)
            {
                using var scope = app.Services.CreateScope();
                var db = scope.ServiceProvider.GetRequiredService<BplDbContext>();
                statuses = await db.OutboxMessages.AsNoTracking().Where(m => m.Occasion == $"reminder:{meetingId}:{daysBefore}")
                    .GroupBy(m => m.Status).ToDictionaryAsync(g => g.Key, g => g.Count());
                if (!statuses.ContainsKey(OutboxStatus.Pending)) break;
                await Task.Delay(100);
            }
            var total = watch.Elapsed;
            var accepted = connector.Accepted - before.Accepted;
            var minimum = TimeSpan.FromSeconds(Math.Max(0, accepted - PerTenant) / (double)PerTenant);
            Console.WriteLine($"round {round}, latency {latency.TotalMilliseconds:0} ms/call: planned {planned} in {planMs:0} ms; {string.Join(", ", statuses.Select(s => $"{s.Key} {s.Value}"))}; " +
                $"accepted {accepted}, created {connector.Created - before.Created} 1:1 chats, max {connector.AcceptedPerConversation.Values.Max()} per conversation; " +
                $"total {total.TotalSeconds:0.0} s, minimum {minimum.TotalSeconds:0.0} s, ratio {total / minimum:0.00}; 429s {connector.Refused - before.Refused}");
        }
    }

    private static async Task InstallAsync(HttpClient client)
    {
        const string json = """
        {"type":"installationUpdate","action":"add","id":"bench-install","channelId":"msteams","serviceUrl":"http://127.0.0.1:56150/_connector/",
         "from":{"id":"29:bench","name":"Bench","aadObjectId":"00000000-0000-0000-0000-0000000000be"},
         "recipient":{"id":"28:bot","name":"BplBot"},"conversation":{"id":"a:bench","conversationType":"personal","tenantId":"t"},
         "locale":"sv-SE","channelData":{"tenant":{"id":"t"} } }
        """;
        using var content = new StringContent(json, Encoding.UTF8, "application/json");
        using var response = await client.PostAsync(new Uri("/api/messages", UriKind.Relative), content);
        if (!response.IsSuccessStatusCode) throw new InvalidOperationException($"install: {response.StatusCode}");
    }
}

/// <summary>
/// A Bot Connector that enforces Teams' limits over a sliding second: at most <c>perConversation</c> messages to one
/// conversation and <c>perTenant</c> messages in all; above them it answers 429 with <c>Retry-After: 1</c>.
/// </summary>
internal sealed class LimitingConnector(int perConversation, int perTenant, TimeSpan latency) : HttpMessageHandler
{
    private readonly object _lock = new();
    private readonly Queue<long> _tenant = new();
    private readonly Dictionary<string, Queue<long>> _conversations = new();
    private int _created, _refused, _accepted;
    private static readonly long Start = Stopwatch.GetTimestamp();

    public ConcurrentDictionary<string, int> AcceptedPerConversation { get; } = new();
    public int Created => _created;
    public int Refused => _refused;
    public int Accepted => _accepted;

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (latency > TimeSpan.Zero) await Task.Delay(latency, cancellationToken);
        var path = request.RequestUri!.AbsolutePath;
        if (request.Method == HttpMethod.Post && path.EndsWith("/v3/conversations", StringComparison.Ordinal))
            return Json(HttpStatusCode.Created, $$"""{"id":"a:bench-{{Interlocked.Increment(ref _created)}}"}""");
        if (request.Method != HttpMethod.Post || !path.Contains("/activities", StringComparison.Ordinal))
            return Json(HttpStatusCode.NotFound, """{"error":{"code":"NotFound","message":"not here"}}""");

        var conversation = path[..path.LastIndexOf("/activities", StringComparison.Ordinal)];
        var now = Stopwatch.GetTimestamp();
        var second = Stopwatch.Frequency;
        lock (_lock)
        {
            var mine = _conversations.TryGetValue(conversation, out var q) ? q : _conversations[conversation] = new Queue<long>();
            while (_tenant.Count > 0 && now - _tenant.Peek() >= second) _tenant.Dequeue();
            while (mine.Count > 0 && now - mine.Peek() >= second) mine.Dequeue();
            if (_tenant.Count >= perTenant || mine.Count >= perConversation)
            {
                _refused++;
                if (Environment.GetEnvironmentVariable("BENCH_DEBUG") is not null)
                    Console.WriteLine($"429 at {Stopwatch.GetElapsedTime(Start).TotalMilliseconds:0} ms: tenant {_tenant.Count} (oldest {(now - _tenant.Peek()) * 1000.0 / second:0} ms ago), conversation {mine.Count}");
                var tooMany = Json((HttpStatusCode)429, """{"error":{"code":"Throttled","message":"Too many requests"}}""");
                tooMany.Headers.RetryAfter = new System.Net.Http.Headers.RetryConditionHeaderValue(TimeSpan.FromSeconds(1));
                return tooMany;
            }
            _tenant.Enqueue(now);
            mine.Enqueue(now);
            _accepted++;
        }
        AcceptedPerConversation.AddOrUpdate(conversation, 1, (_, n) => n + 1);
        return Json(HttpStatusCode.Created, """{"id":"1"}""");
    }

    private static HttpResponseMessage Json(HttpStatusCode status, string json) =>
        new(status) { Content = new StringContent(json, Encoding.UTF8, "application/json") };
}
