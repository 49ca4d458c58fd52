// Server-side time of `status <team>` for a team with 5 measures of 100 points each, charts included.
// Usage: dotnet run -c Release --project bench/StatusBench [-- <requests>]
using System.Diagnostics;
using System.Net;
using System.Text;
using BplBot.BotFramework;
using BplBot.Data;
using BplBot.Domain.Measures;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

internal static class StatusBenchmark
{
    public static async Task Main(string[] args)
    {
        var requests = args.Length > 0 ? int.Parse(args[0], System.Globalization.CultureInfo.InvariantCulture) : 300;
        var folder = Directory.CreateTempSubdirectory("bplbot-bench-").FullName;
        BenchApp.UseRepositoryContentRoot();
        var connector = new RecordingConnector();
        await using var app = new BenchApp(folder, connector);
        var client = app.CreateClient();

        // A coordinator asks; the team gets 5 measures with 100 monthly points each.
        await PostAsync(client, "demo samordnare", 0);
        using (var scope = app.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<BplDbContext>();
            var team = await db.Teams.SingleAsync(t => t.Key == "vetlanda");
            var random = new Random(42);
            for (var m = 0; m < 5; m++)
            {
                var measure = new MeasureDefinition(team.Id, $"bench-{m}", $"Mått {m + 1}", m % 2 == 0 ? "%" : "antal", MeasureKind.Process, true);
                measure.SetGoal(m % 2 == 0 ? 90 : 150, null);
                var start = new DateOnly(2018, 1, 31);
                for (var i = 0; i < 100; i++)
                {
                    var value = m % 2 == 0 ? Math.Round(60 + i * 0.2m + (decimal)random.NextDouble() * 8, 1) : Math.Round(80 + i * 0.5m + (decimal)random.NextDouble() * 20);
                    measure.Record(start.AddMonths(i), value, DateTimeOffset.UtcNow);
                }
                db.Measures.Add(measure);
            }
            await db.SaveChangesAsync();
        }

        for (var i = 0; i < 20; i++) await PostAsync(client, "status Vetlanda", i + 1); // warm-up
        var times = new List<double>();
        for (var i = 0; i < requests; i++)
        {
            var watch = Stopwatch.StartNew();
            await PostAsync(client, "status Vetlanda", 1000 + i);
            times.Add(watch.Elapsed.TotalMilliseconds);
        }
        times.Sort();
        double At(double q) => times[Math.Min(times.Count - 1, (int)Math.Ceiling(q * times.Count) - 1)];
        var card = connector.LastBody ?? "";
        Console.WriteLine($"status Vetlanda, 5 measures x 100 points, {requests} requests: p50 {At(0.5):0.0} ms, p99 {At(0.99):0.0} ms, mean {times.Average():0.0} ms, max {times[^1]:0.0} ms; reply {Encoding.UTF8.GetByteCount(card)} bytes");

        // The card links its charts; Teams then fetches each image from /charts/…, where the chart is drawn.
        var urls = System.Text.RegularExpressions.Regex.Matches(card, "http://localhost/charts/[^\"]+").Select(m => m.Value).Distinct().ToList();
        var images = new List<double>();
        for (var i = 0; i < requests; i++)
        {
            var watch = Stopwatch.StartNew();
            using var image = await client.GetAsync(new Uri(urls[i % urls.Count]));
            _ = await image.Content.ReadAsByteArrayAsync();
            if (image.StatusCode != HttpStatusCode.OK) throw new InvalidOperationException($"chart {image.StatusCode}");
            images.Add(watch.Elapsed.TotalMilliseconds);
        }
        images.Sort();
        Console.WriteLine($"chart image (100 points, {urls.Count} links), {requests} requests: p50 {images[images.Count / 2]:0.0} ms, p99 {images[(int)Math.Ceiling(0.99 * images.Count) - 1]:0.0} ms");

        static async Task PostAsync(HttpClient client, string text, int n)
        {
            var json = $$"""
            {"type":"message","id":"bench-{{n}}","text":"{{text}}","channelId":"msteams","serviceUrl":"http://127.0.0.1:56150/_connector/",
             "from":{"id":"29:bench","name":"Bench","aadObjectId":"00000000-0000-0000-0000-0000000000be"},
             "recipient":{"id":"28:bot","name":"BplBot"},"conversation":{"id":"a:bench","conversationType":"personal","tenantId":"t"},
             "locale":"sv-SE","channelData":{"tenant":{"id":"t"} } }
            """;
            using var content = new StringContent(json, Encoding.UTF8, "application/json");
            using var response = await client.PostAsync(new Uri("/api/messages", UriKind.Relative), content);
            if (response.StatusCode != HttpStatusCode.OK) throw new InvalidOperationException($"{response.StatusCode}");
        }

    }
}

internal sealed class RecordingConnector : HttpMessageHandler
{
    public string? LastBody { get; private set; }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (request.Content is not null) LastBody = await request.Content.ReadAsStringAsync(cancellationToken);
        var status = request.Method == HttpMethod.Get ? HttpStatusCode.NotFound : HttpStatusCode.Created;
        return new HttpResponseMessage(status) { Content = new StringContent("""{"id":"1"}""", Encoding.UTF8, "application/json") };
    }

    protected override HttpResponseMessage Send(HttpRequestMessage request, CancellationToken cancellationToken) =>
        SendAsync(request, cancellationToken).GetAwaiter().GetResult();
}
