// Time and memory to build the newsletter draft for 100 teams with 5 measures of 60 points each.
// Usage: dotnet run -c Release --project bench/NewsletterBench [-- <runs>]
using System.Diagnostics;
using BplBot.Data;
using BplBot.Domain.CheckIn;
using BplBot.Domain.Measures;
using BplBot.Domain.Network;
using BplBot.Newsletter;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

internal static class NewsletterBenchmark
{
    private const int Teams = 100, MeasuresPerTeam = 5, Points = 60;

    public static async Task Main(string[] args)
    {
        var runs = args.Length > 0 ? int.Parse(args[0], System.Globalization.CultureInfo.InvariantCulture) : 5;
        BenchApp.UseRepositoryContentRoot();
        var folder = Directory.CreateTempSubdirectory("bplbot-bench-").FullName;
        await using var app = new BenchApp(folder, new HttpClientHandler());
        _ = app.Services; // start the host: migrations and the demo network

        int meetingId;
        using (var scope = app.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<BplDbContext>();
            var meeting = await db.Meetings.SingleAsync(m => m.Ordinal == 9);
            var previous = await db.Meetings.SingleAsync(m => m.Ordinal == 8);
            meetingId = meeting.Id;
            var random = new Random(42);
            var steps = new[] { 1.5m, 2.0m, 2.5m, 3.0m, 3.5m, 4.0m, 4.5m };
            for (var t = 0; t < Teams; t++)
            {
                var team = db.Teams.Add(new ImprovementTeam($"bench-{t}", $"Benchteam {t:000}", $"Bench {t}", "Jönköping", FocusArea.MentalHealth,
                    "Fler barn och unga mår bra och fullföljer sina studier.")).Entity;
                await db.SaveChangesAsync();
                var measures = new List<MeasureDefinition>();
                for (var m = 0; m < MeasuresPerTeam; m++)
                {
                    var percent = m % 2 == 0;
                    var measure = new MeasureDefinition(team.Id, $"m{m}", $"Mått {m + 1}", percent ? "%" : "antal", MeasureKind.Process, true);
                    measure.SetGoal(percent ? 90 : 150, null);
                    var start = new DateOnly(2022, 1, 31);
                    for (var i = 0; i < Points; i++)
                        measure.Record(start.AddMonths(i), percent ? Math.Round(50 + i * 0.5m + (decimal)random.NextDouble() * 8, 1) : Math.Round(60 + i + (decimal)random.NextDouble() * 20), DateTimeOffset.UtcNow);
                    measures.Add(measure);
                }
                db.Measures.AddRange(measures);
                await db.SaveChangesAsync();
                var answers = measures.Select(m => new MeasureAnswer(m.Id, null)).ToList();
                db.CheckIns.Add(new TeamCheckIn(team.Id, previous.Id, null, previous.StartsAt.AddDays(-3),
                    new CheckInContent(steps[random.Next(steps.Length - 1)], "Förra periodens skäl", answers, "Test", "Lärdom", "Nästa steg", null)));
                db.CheckIns.Add(new TeamCheckIn(team.Id, meeting.Id, null, DateTimeOffset.UtcNow,
                    new CheckInContent(steps[random.Next(steps.Length)], "Vi ser att måtten rör sig mot målet efter testerna i våras.", answers,
                        "Vi testade gemensamma samtal med vårdnadshavare varannan vecka.", "Det fungerar bäst när mentorn ringer samma dag.",
                        "Sprida arbetssättet till alla arbetslag.", t % 10 == 0 ? "Hjälp med att läsa styrdiagrammen" : null)));
            }
            await db.SaveChangesAsync();
        }

        var times = new List<double>();
        NewsletterDraft? draft = null;
        long allocated = 0;
        for (var run = 0; run <= runs; run++)
        {
            using var scope = app.Services.CreateScope();
            var builder = scope.ServiceProvider.GetRequiredService<NewsletterBuilder>();
            GC.Collect();
            var before = GC.GetTotalAllocatedBytes(precise: true);
            var watch = Stopwatch.StartNew();
            draft = await builder.BuildAsync(meetingId, CancellationToken.None);
            watch.Stop();
            if (run == 0) continue; // warm-up
            times.Add(watch.Elapsed.TotalMilliseconds);
            allocated = GC.GetTotalAllocatedBytes(precise: true) - before;
        }
        times.Sort();
        var peak = Process.GetCurrentProcess().PeakWorkingSet64;
        Console.WriteLine($"{Teams} teams x {MeasuresPerTeam} measures x {Points} points, {runs} runs after a warm-up: " +
            $"median {times[times.Count / 2]:0} ms, min {times[0]:0} ms, max {times[^1]:0} ms; allocated {allocated / 1048576.0:0} MiB per build; " +
            $"peak working set {peak / 1048576.0:0} MiB; docx {draft!.Docx.Length / 1024.0:0} KiB, html {draft.Html.Length / 1024.0:0} KiB, markdown {draft.Markdown.Length / 1024.0:0} KiB; " +
            $"{draft.TeamsReported} of {draft.TeamsInNetwork} teams reported");
    }
}
