using BplBot.Text;
using System.Text;
using BplBot.Cards;
using BplBot.CheckIn;
using BplBot.Domain.Network;
using BplBot.Domain.Rating;
using BplBot.Domain.RunCharts;
using BplBot.Domain.Text;
using BplBot.Domain.Time;

namespace BplBot.Status;

/// <summary>The status of one team as an Adaptive Card 1.5, with the same content as text for the fallback.</summary>
public sealed class StatusCard(ImprovementScale scale)
{
    /// <summary>Builds the card; <paramref name="chartSource"/> gives each measure's image URL (a data: URI or a link).</summary>
    public AdaptiveCard Build(TeamStatus s, Language l, Func<MeasureStatus, string> chartSource)
    {
        var body = new List<CardElement>
        {
            TextBlock.Heading(l.Pick($"Status – {s.Team.ShortName}", $"Status – {s.Team.ShortName}")),
            TextBlock.Subtle($"{s.Team.Name} · {s.Team.Municipality} · {l.Pick(s.Team.FocusArea.Swedish(), s.Team.FocusArea.English())}"),
        };
        if (s.Team.Aim.Length > 0) body.Add(new TextBlock(l.Pick("Mål: ", "Aim: ") + s.Team.Aim));
        body.Add(new FactSet(Facts(s, l).Select(f => new Fact(f.Title, f.Value)).ToList()));
        foreach (var m in s.Measures)
        {
            var items = new List<CardElement>
            {
                new TextBlock(m.Measure.Name) { Weight = "Bolder" },
                new FactSet(MeasureFacts(m, l).Select(f => new Fact(f.Title, f.Value)).ToList()),
                new Image(chartSource(m), AltText(m, l)),
            };
            items.AddRange(Signals(m, l).Select(text => new TextBlock(text) { Size = "Small" }));
            body.Add(new Container(items) { Separator = true, Spacing = "Medium" });
        }
        if (s.Latest is { } latest && (latest.Tested.Length + latest.Learned.Length + latest.NextStep.Length) > 0)
        {
            body.Add(new TextBlock(l.Pick("Senaste PGSA", "Latest PDSA")) { Weight = "Bolder", Separator = true });
            body.Add(new FactSet(Pgsa(latest, l).Select(f => new Fact(f.Title, f.Value)).ToList()));
        }
        if (s.OpenRequests.Count > 0)
        {
            body.Add(new TextBlock(l.Pick("Öppna frågor om stöd", "Open requests for help")) { Weight = "Bolder", Separator = true });
            body.AddRange(s.OpenRequests.Select(r => new TextBlock($"- {MarkdownText.Escape(r.Topic)} ({Formats.Date(Stockholm.Today(r.CreatedAt), l)})")));
        }
        return new AdaptiveCard(body) { FallbackText = Text(s, l) };
    }

    /// <summary>The whole status as markdown text: the card's fallback, and what a screen reader or an old client gets.</summary>
    public string Text(TeamStatus s, Language l)
    {
        var text = new StringBuilder($"**Status – {s.Team.ShortName}** ({s.Team.Name}, {s.Team.Municipality})\n\n");
        foreach (var (title, value) in Facts(s, l)) text.Append($"- **{title}:** {value}\n");
        foreach (var m in s.Measures)
        {
            text.Append($"\n**{m.Measure.Name}**: ").Append(string.Join("; ", MeasureFacts(m, l).Select(f => $"{f.Title.ToLowerInvariant()} {f.Value}")));
            text.Append(l.Pick($". Signaler: {m.Analysis.Signals.Count}.", $". Signals: {m.Analysis.Signals.Count}.")).Append('\n');
        }
        if (s.Latest is { } latest) foreach (var (title, value) in Pgsa(latest, l)) text.Append($"- **{title}:** {value}\n");
        foreach (var r in s.OpenRequests) text.Append(l.Pick("- Öppen fråga om stöd: ", "- Open request for help: ")).Append(MarkdownText.Escape(r.Topic)).Append('\n');
        return text.ToString().TrimEnd();
    }

    public static string AltText(MeasureStatus m, Language l)
    {
        var a = m.Analysis;
        if (a.Points.Count == 0) return l.Pick($"Styrdiagram för {m.Measure.Name}: inga värden än.", $"Run chart for {m.Measure.Name}: no values yet.");
        var unit = m.Measure.Unit;
        var text = l.Pick(
            $"Styrdiagram för {m.Measure.Name}: {a.Points.Count} värden från {Formats.Date(a.Points[0].Date, l)} till {Formats.Date(a.Points[^1].Date, l)}, senast {Formats.Value(a.Points[^1].Value, unit, l)}",
            $"Run chart for {m.Measure.Name}: {a.Points.Count} values from {Formats.Date(a.Points[0].Date, l)} to {Formats.Date(a.Points[^1].Date, l)}, latest {Formats.Value(a.Points[^1].Value, unit, l)}");
        if (a.Median is { } median) text += l.Pick($", median {Formats.Value(median, unit, l)}", $", median {Formats.Value(median, unit, l)}");
        if (m.Measure.GoalValue is { } goal) text += l.Pick($", mål {Formats.Value(goal, unit, l)}", $", goal {Formats.Value(goal, unit, l)}");
        var signals = a.Signals.Count;
        return text + (signals == 0 ? ". " + SignalText.None(a, l)
            : l.Pick($". {signals} signaler, den senaste: ", $". {signals} signals, the latest: ") + SignalText.Describe(a.Signals.MaxBy(x => x.To)!, a, l));
    }

    private IEnumerable<(string Title, string Value)> Facts(TeamStatus s, Language l)
    {
        if (s.Latest is not { } latest)
        {
            yield return (l.Pick("Självskattning", "Self-rating"), l.Pick("ingen rapport än", "no report yet"));
        }
        else
        {
            yield return (l.Pick("Självskattning", "Self-rating"), $"{Rating(latest.Rating, l)} ({Formats.Date(Stockholm.Today(latest.SubmittedAt), l)})");
            if (latest.RatingReason.Length > 0) yield return (l.Pick("Varför", "Why"), MarkdownText.Escape(latest.RatingReason));
            if (s.CheckIns.Count > 1)
                yield return (l.Pick("Utveckling", "Trend"), string.Join(" → ", s.CheckIns.TakeLast(6).Select(c => ImprovementScale.Format(c.Rating, l))));
        }
        if (s.CoachRating is { } coach)
            yield return (l.Pick("Coachens skattning", "Coach's rating"),
                $"{Rating(coach.Score, l)}{(coach.Reason.Length > 0 ? " – " + MarkdownText.Escape(coach.Reason) : "")}");
        if (s.Period.MeetingOrdinal is { } ordinal && s.Period.EndsAt is { } end)
            yield return (l.Pick($"Inför träff {ordinal} ({Formats.Date(Stockholm.Today(end), l)})", $"Before meeting {ordinal} ({Formats.Date(Stockholm.Today(end), l)})"),
                s.HasReportedForNext ? l.Pick("har rapporterat", "has reported") : l.Pick("har inte rapporterat än", "has not reported yet"));
        yield return (l.Pick("Öppna frågor om stöd", "Open requests for help"), s.OpenRequests.Count.ToString(Formats.Culture(l)));
    }

    private string Rating(decimal score, Language l) => $"{ImprovementScale.Format(score, l)} – {scale.Find(score)?.LabelIn(l)}";

    private static IEnumerable<(string Title, string Value)> MeasureFacts(MeasureStatus m, Language l)
    {
        var unit = m.Measure.Unit;
        yield return (l.Pick("Senast", "Latest"), m.Latest is { } v ? $"{Formats.Value(v.Value, unit, l)} ({Formats.Date(v.Date, l)})" : "–");
        if (m.Measure.GoalValue is { } goal) yield return (l.Pick("Mål", "Goal"), Formats.Value(goal, unit, l));
    }

    /// <summary>A long series can hold many signals; the card names the latest few and counts the rest.</summary>
    public const int SignalsShown = 3;

    private static List<string> Signals(MeasureStatus m, Language l)
    {
        var all = m.Analysis.Signals;
        if (all.Count == 0) return [SignalText.None(m.Analysis, l)];
        var shown = all.OrderByDescending(s => s.To).Take(SignalsShown).OrderBy(s => s.From).Select(s => SignalText.Describe(s, m.Analysis, l)).ToList();
        if (all.Count > SignalsShown)
            shown.Add(l.Pick($"… och {all.Count - SignalsShown} tidigare signaler.", $"… and {all.Count - SignalsShown} earlier signals."));
        return shown;
    }

    private static IEnumerable<(string Title, string Value)> Pgsa(Domain.CheckIn.TeamCheckIn c, Language l)
    {
        if (c.Tested.Length > 0) yield return (l.Pick("Testade", "Tested"), MarkdownText.Escape(c.Tested));
        if (c.Learned.Length > 0) yield return (l.Pick("Lärde sig", "Learned"), MarkdownText.Escape(c.Learned));
        if (c.NextStep.Length > 0) yield return (l.Pick("Härnäst", "Next"), MarkdownText.Escape(c.NextStep));
    }
}
