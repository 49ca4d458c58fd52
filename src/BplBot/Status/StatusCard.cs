using BplBot.Text;
using System.Text;
using BplBot.Cards;
using BplBot.CheckIn;
using BplBot.Domain.Network;
using BplBot.Domain.Rating;
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
            TextBlock.Heading($"Status – {MarkdownText.Escape(s.Team.ShortName)}"),
            TextBlock.Subtle(MarkdownText.Escape($"{s.Team.Name} · {s.Team.Municipality} · {l.Pick(s.Team.FocusArea.Swedish(), s.Team.FocusArea.English())}")),
        };
        if (s.Team.Aim.Length > 0) body.Add(new TextBlock(l.Pick("Mål: ", "Aim: ") + MarkdownText.Escape(s.Team.Aim)));
        body.Add(new FactSet(Facts(s, l).Select(f => new Fact(f.Title, f.Value)).ToList()));
        body.AddRange(s.Measures.Select(m => StatusMeasureBlock.Build(m, l, chartSource(m))));
        if (s.Latest is { } latest && (latest.Tested.Length + latest.Learned.Length + latest.NextStep.Length) > 0)
        {
            body.Add(new TextBlock(l.Pick("Senaste PGSA", "Latest PDSA")) { Weight = "Bolder", Separator = true });
            body.Add(new FactSet(Pgsa(latest, l).Select(f => new Fact(f.Title, f.Value)).ToList()));
        }
        if (s.OpenRequests.Count > 0)
        {
            body.Add(new TextBlock(l.Pick("Öppna önskemål om stöd", "Open requests for help")) { Weight = "Bolder", Separator = true });
            body.AddRange(s.OpenRequests.Select(r => new TextBlock($"- {MarkdownText.Escape(r.Topic)} ({Formats.Date(Stockholm.Today(r.CreatedAt), l)})")));
        }
        return new AdaptiveCard(body) { FallbackText = Text(s, l) };
    }

    /// <summary>The whole status as markdown text: the card's fallback, and what a screen reader or an old client gets.</summary>
    public string Text(TeamStatus s, Language l)
    {
        var text = new StringBuilder($"**Status – {MarkdownText.Escape(s.Team.ShortName)}** ({MarkdownText.Escape(s.Team.Name)}, {MarkdownText.Escape(s.Team.Municipality)})\n\n");
        foreach (var (title, value) in Facts(s, l)) text.Append($"- **{title}:** {value}\n");
        foreach (var m in s.Measures) text.Append('\n').Append(StatusMeasureBlock.Text(m, l)).Append('\n');
        if (s.Latest is { } latest) foreach (var (title, value) in Pgsa(latest, l)) text.Append($"- **{title}:** {value}\n");
        foreach (var r in s.OpenRequests) text.Append(l.Pick("- Öppet önskemål om stöd: ", "- Open request for help: ")).Append(MarkdownText.Escape(r.Topic)).Append('\n');
        return text.ToString().TrimEnd();
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
        yield return (l.Pick("Öppna önskemål om stöd", "Open requests for help"), s.OpenRequests.Count.ToString(Formats.Culture(l)));
    }

    private string Rating(decimal score, Language l) => $"{ImprovementScale.Format(score, l)} – {MarkdownText.Escape(scale.Find(score)?.LabelIn(l))}";

    private static IEnumerable<(string Title, string Value)> Pgsa(Domain.CheckIn.TeamCheckIn c, Language l)
    {
        if (c.Tested.Length > 0) yield return (l.Pick("Testade", "Tested"), MarkdownText.Escape(c.Tested));
        if (c.Learned.Length > 0) yield return (l.Pick("Lärdom", "Learned"), MarkdownText.Escape(c.Learned));
        if (c.NextStep.Length > 0) yield return (l.Pick("Härnäst", "Next"), MarkdownText.Escape(c.NextStep));
    }
}
