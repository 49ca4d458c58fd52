using System.Globalization;
using BplBot.Domain.Measures;
using BplBot.Domain.Network;
using BplBot.Domain.Rating;
using BplBot.Domain.RunCharts;
using BplBot.Domain.Text;
using BplBot.Domain.Time;

namespace BplBot.Domain.Newsletter;

/// <summary>
/// Compiles the newsletter draft (in Swedish) from the period's check-ins, in the network's own voice: sentences about
/// each team, never the run-chart rules. Teams that did not report are listed, never invented.
/// </summary>
public static class NewsletterComposer
{
    public const int MaxMeasuresPerTeam = 6;
    private static readonly CultureInfo Sv = CultureInfo.GetCultureInfo("sv-SE");
    private static readonly StringComparer ByName = StringComparer.Create(Sv, false);

    public static Newsletter Compose(NewsletterInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var meetingDay = Stockholm.Today(input.Meeting.StartsAt);
        var reported = input.Teams.Where(t => t.Now is not null).OrderBy(t => t.Team.Name, ByName).ToList();
        var missing = input.Teams.Where(t => t.Now is null).Select(t => Heading(t.Team)).Order(ByName).ToList();
        var ahead = input.MeetingIsAhead;
        var ordinal = SwedishOrdinals.Word(input.Meeting.Ordinal);
        var day = meetingDay.ToString("d MMMM", Sv);
        var overview = Overview(input, reported);
        var previousDay = input.PreviousMeeting is { } p ? Stockholm.Today(p.StartsAt) : (DateOnly?)null;

        return new Newsletter(
            input.NetworkName,
            "Lärande nätverk",
            input.Meeting.Ordinal,
            meetingDay,
            ahead ? $"Obs! Träff {input.Meeting.Ordinal} den {meetingDay.ToString("d MMMM yyyy", Sv)} har inte ägt rum än. Utkastet bygger på de rapporter "
                + "som har kommit in hittills. Bygg det igen efter träffen." : null,
            ahead ? $"Den {day} ses vi i det lärande nätverket för {ordinal} gången." : $"Den {day} sågs vi i det lärande nätverket för {ordinal} gången.",
            "[Skriv inledningen här: vad hände på träffen, vem talade, vad tar vi med oss? Den här texten skrivs av samordnarna.]",
            overview,
            OverviewProse.Sentences(overview, meetingDay, previousDay, ahead),
            reported.Select(t => Section(t, input, meetingDay)).ToList(),
            missing,
            input.NextMeeting is { } next ? $"Teamen ses igen i {Stockholm.ToLocal(next.StartsAt).ToString("MMMM", Sv)}!" : null,
            input.NextMeeting is { } n ? NextDetails(n) : null,
            input.Contacts);
    }

    /// <summary>"Stärkt föräldraskapsstöd i Nässjö", "Allaktivitetshus (Vetlanda)": the municipality only when the name lacks it.</summary>
    public static string Heading(ImprovementTeam team)
    {
        ArgumentNullException.ThrowIfNull(team);
        return team.Name.Contains(team.Municipality, StringComparison.CurrentCultureIgnoreCase) ? team.Name : $"{team.Name} ({team.Municipality})";
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
        var answered = report.Now!.Answers.Where(a => a.Value is not null).Select(a => a.MeasureId).ToHashSet();
        var measures = report.Measures
            .Where(m => m.Values.Any(v => v.Date <= meetingDay))
            .OrderByDescending(m => answered.Contains(m.Id)).ThenBy(m => m.Id)
            .Take(MaxMeasuresPerTeam)
            .Select(m => Read(m, meetingDay, input.SmallCountThreshold))
            .ToList();
        return new TeamSection(report.Team.Name, Heading(report.Team),
            TeamProse.Paragraphs(report, input.Scale, measures, meetingDay), measures.Select(Chart).ToList());
    }

    private static MeasureReading Read(MeasureDefinition m, DateOnly meetingDay, int threshold)
    {
        var points = m.Values.Where(v => v.Date <= meetingDay).OrderBy(v => v.Date).Select(v => new RunChartPoint(v.Date, v.Value)).ToList();
        var analysis = RunChartAnalyzer.Analyze(points, m.HigherIsBetter);
        // A chart or a quoted value of a small count could point at a child: such a measure keeps only its shape in words.
        var small = m.IsCount && points.Any(p => SmallCounts.IsHidden(p.Value, threshold));
        return new MeasureReading(m, analysis, MeasureHeadline.For(m, analysis), small, threshold);
    }

    private static MeasureChart Chart(MeasureReading r)
    {
        var m = r.Measure;
        return r.SmallCounts
            ? new MeasureChart(m.Id, m.Name, m.Unit, m.GoalValue, null,
                $"Inget diagram för {m.Name}: måttet har värden under {r.Threshold} och visas därför inte i detalj.")
            : new MeasureChart(m.Id, m.Name, m.Unit, m.GoalValue, r.Analysis, AltText(r));
    }

    /// <summary>What the chart shows, for a screen reader: its span, median, latest value and goal, and the headline.</summary>
    private static string AltText(MeasureReading r)
    {
        var a = r.Analysis;
        var m = r.Measure;
        string Value(decimal v) => m.IsPercentage ? $"{SwedishNumbers.Number(Math.Round(v, 1, MidpointRounding.AwayFromZero))} %"
            : m.IsCount ? $"{SwedishNumbers.Number(Math.Round(v, 2, MidpointRounding.AwayFromZero))}{(m.CountNoun is { } noun ? " " + noun : string.Empty)}"
            : $"{SwedishNumbers.Number(Math.Round(v, 2, MidpointRounding.AwayFromZero))} {m.Unit}";
        var text = $"Seriediagram för {m.Name}: {Plural.Of(a.Points.Count, "värde", "värden", Language.Swedish)} från "
            + $"{Months.Name(a.Points[0].Date, Language.Swedish)} till {Months.Name(a.Points[^1].Date, Language.Swedish)}, senast {Value(a.Points[^1].Value)}";
        if (a.Median is { } median) text += $", median {Value(median)}";
        if (m.GoalValue is { } goal) text += $", mål {Value(goal)}";
        return $"{text}. {r.Headline.Text(Language.Swedish)}.";
    }

    private static string NextDetails(Meeting next)
    {
        // A document writes times with a full stop (09.00–15.00), and the weekday helps people plan.
        var start = Stockholm.ToLocal(next.StartsAt);
        var end = Stockholm.ToLocal(next.EndsAt);
        var text = $"Träff {next.Ordinal} är {start.ToString("dddd d MMMM yyyy", Sv)} kl. {start:HH\\.mm}–{end:HH\\.mm}";
        if (next.Place.Length > 0) text += $" i {next.Place}";
        text += ".";
        if (next.Theme.Length > 0) text += $" Tema: {ProseText.Sentence(next.Theme)}";
        return text;
    }

    /// <summary>"3,5" – the scale's way of writing a rating, for the writers.</summary>
    public static string Rating(decimal score) => ImprovementScale.Format(score, Language.Swedish);

    /// <summary>"42 %" for a share of teams.</summary>
    public static string Share(double share) => $"{Math.Round(share * 100).ToString("0", Sv)} %";
}
