using System.Globalization;
using BplBot.Domain.Measures;
using BplBot.Domain.Network;
using BplBot.Domain.Rating;
using BplBot.Domain.RunCharts;
using BplBot.Domain.Text;
using BplBot.Domain.Time;

namespace BplBot.Domain.Newsletter;

/// <summary>Compiles the newsletter draft (in Swedish) from the period's check-ins. Teams that did not report are listed, never invented.</summary>
public static class NewsletterComposer
{
    public const int MaxMeasuresPerTeam = 6;
    private static readonly CultureInfo Sv = CultureInfo.GetCultureInfo("sv-SE");

    public static Newsletter Compose(NewsletterInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var meetingDay = Stockholm.Today(input.Meeting.StartsAt);
        var reported = input.Teams.Where(t => t.Now is not null).OrderBy(t => t.Team.Name, StringComparer.Create(Sv, false)).ToList();
        var missing = input.Teams.Where(t => t.Now is null).Select(t => $"{t.Team.Name} ({t.Team.Municipality})")
            .Order(StringComparer.Create(Sv, false)).ToList();

        return new Newsletter(
            input.NetworkName,
            "Lärande nätverk",
            input.Meeting.Ordinal,
            meetingDay,
            $"Den {meetingDay.ToString("d MMMM", Sv)} sågs vi i det lärande nätverket för {SwedishOrdinals.Word(input.Meeting.Ordinal)} gången.",
            "[Skriv inledningen här: vad hände på träffen, vem talade, vad tar vi med oss? Den här texten skrivs av samordnarna.]",
            Overview(input, reported),
            reported.Select(t => Section(t, input, meetingDay)).ToList(),
            missing,
            input.NextMeeting is { } next ? $"Teamen ses igen i {Stockholm.ToLocal(next.StartsAt).ToString("MMMM", Sv)}!" : null,
            input.NextMeeting is { } n ? NextDetails(n) : null,
            input.Contacts);
    }

    private static NetworkOverview Overview(NewsletterInput input, List<TeamReport> reported)
    {
        var now = reported.Select(t => t.Now!.Rating).ToList();
        var before = input.Teams.Where(t => t.Previous is not null).Select(t => t.Previous!.Rating).ToList();
        var buckets = input.Scale.Steps.Select(s => new RatingBucket(s.Score, s.Label, now.Count(r => r == s.Score))).ToList();
        return new NetworkOverview(
            input.Teams.Count, reported.Count, buckets,
            now.Count > 0 ? RunChartAnalyzer.Median(now) : null,
            before.Count > 0 ? RunChartAnalyzer.Median(before) : null,
            now.Count > 0 ? now.Count(r => r >= 3.0m) / (double)now.Count : null,
            now.Count > 0 ? now.Count(r => r >= 4.0m) / (double)now.Count : null);
    }

    private static TeamSection Section(TeamReport report, NewsletterInput input, DateOnly meetingDay)
    {
        var now = report.Now!;
        var answered = now.Answers.Where(a => a.Value is not null).Select(a => a.MeasureId).ToHashSet();
        var measures = report.Measures
            .Where(m => m.Values.Any(v => v.Date <= meetingDay))
            .OrderByDescending(m => answered.Contains(m.Id)).ThenBy(m => m.Id)
            .Take(MaxMeasuresPerTeam)
            .Select(m => Measure(m, meetingDay, input.SmallCountThreshold))
            .ToList();
        return new TeamSection(
            report.Team.Name, report.Team.Municipality, WorksOn(report.Team),
            now.Rating, report.Previous?.Rating, input.Scale.Find(now.Rating)?.Label ?? string.Empty, now.RatingReason,
            measures, now.Tested, now.Learned, now.NextStep, now.SupportRequested ? now.SupportTopic : null);
    }

    private static string WorksOn(ImprovementTeam team)
    {
        var area = team.FocusArea switch
        {
            FocusArea.CompletedStudies => "Fullföljda studier",
            FocusArea.MentalHealth => "Psykisk hälsa",
            FocusArea.PhysicalActivity => "Fysisk aktivitet",
            _ => string.Empty,
        };
        return team.Aim.Length > 0 ? $"{area}: {team.Aim}" : area;
    }

    private static MeasureSection Measure(MeasureDefinition m, DateOnly meetingDay, int threshold)
    {
        var points = m.Values.Where(v => v.Date <= meetingDay).OrderBy(v => v.Date).Select(v => new RunChartPoint(v.Date, v.Value)).ToList();
        var latest = points[^1];
        var analysis = RunChartAnalyzer.Analyze(points, m.HigherIsBetter);
        // A chart or a quoted value of a small count could point at a child: such a measure keeps only its shape in words.
        var small = !m.IsPercentage && points.Any(p => SmallCounts.IsHidden(p.Value, threshold));
        var latestText = m.IsPercentage ? $"{latest.Value.ToString("0.#", Sv)} %" : $"{SmallCounts.Format(latest.Value, threshold)} {m.Unit}".Trim();
        var signals = analysis.Signals.Where(s => !(small && s.Kind == SignalKind.Astronomical))
            .Select(s => SignalText.Describe(s, analysis, Language.Swedish)).ToList();
        if (signals.Count == 0) signals.Add(SignalText.None(analysis, Language.Swedish));
        var goal = m.GoalValue is { } g ? $"{(m.IsPercentage ? $"{g.ToString("0.#", Sv)} %" : $"{SmallCounts.Format(g, threshold)} {m.Unit}".Trim())}"
            + (m.GoalDate is { } d ? $" till {d.ToString("d MMMM yyyy", Sv)}" : string.Empty) : null;
        var alt = small
            ? $"Inget diagram för {m.Name}: måttet har värden under {threshold} och visas därför inte i detalj."
            : AltText(m, analysis, latestText);
        return new MeasureSection(m.Id, m.Name, m.Unit, latestText, latest.Date, goal, signals, small ? null : analysis, m.GoalValue, alt);
    }

    private static string AltText(MeasureDefinition m, RunChartAnalysis a, string latest)
    {
        var first = a.Points[0].Date.ToString("MMMM yyyy", Sv);
        var last = a.Points[^1].Date.ToString("MMMM yyyy", Sv);
        var median = a.Median is { } md ? $", median {md.ToString("0.##", Sv)}" : string.Empty;
        var signals = a.Signals.Count == 0 ? "inga signaler" : $"{a.Signals.Count} signal{(a.Signals.Count == 1 ? "" : "er")}";
        return $"Styrdiagram för {m.Name}: {a.Points.Count} värden från {first} till {last}{median}, senaste {latest}; {signals}.";
    }

    private static string NextDetails(Meeting next)
    {
        var start = Stockholm.ToLocal(next.StartsAt);
        var text = $"Träff {next.Ordinal} är den {start.ToString("d MMMM yyyy", Sv)} kl. {start:HH\\:mm}";
        if (next.Place.Length > 0) text += $" i {next.Place}";
        if (next.Theme.Length > 0) text += $", tema: {next.Theme}";
        return text + ".";
    }

    /// <summary>"3,5" – the scale's way of writing a rating, for the writers.</summary>
    public static string Rating(decimal score) => ImprovementScale.Format(score, Language.Swedish);

    /// <summary>"42 %" for a share of teams.</summary>
    public static string Share(double share) => $"{Math.Round(share * 100).ToString("0", Sv)} %";
}
