using System.Text;
using BplBot.Cards;
using BplBot.Domain.RunCharts;
using BplBot.Domain.Text;
using BplBot.Text;

namespace BplBot.Status;

/// <summary>
/// One measure on the status card: its name, the plain headline, the latest value and the goal, the chart, and the
/// signals behind the headline hidden until "Visa mer". Everything from the network file or a person is escaped.
/// </summary>
internal static class StatusMeasureBlock
{
    public static Container Build(MeasureStatus m, Language l, string chartSource)
    {
        var id = m.Measure.Id;
        string details = $"details-{id}", more = $"more-{id}", less = $"less-{id}";
        var headline = m.Headline;
        string[] targets = [details, more, less];
        var items = new List<CardElement>
        {
            new TextBlock(MarkdownText.Escape(m.Measure.Name)) { Weight = "Bolder" },
            new TextBlock(headline.Text(l)) { Color = headline.NeedsAttention ? "Attention" : null, Spacing = "Small" },
            new FactSet(Facts(m, l).Select(f => new Fact(f.Title, f.Value)).ToList()),
            new Image(chartSource, AltText(m, l)),
            new Container(headline.Details(l).Select(text => (CardElement)new TextBlock(MarkdownText.Escape(text)) { Size = "Small" }).ToList())
            {
                Id = details, IsVisible = false,
            },
            new ActionSet([new ToggleVisibilityAction(l.Pick("Visa mer", "Show more"), targets)]) { Id = more },
            new ActionSet([new ToggleVisibilityAction(l.Pick("Visa mindre", "Show less"), targets)]) { Id = less, IsVisible = false },
        };
        return new Container(items) { Separator = true, Spacing = "Medium" };
    }

    /// <summary>"Senast 22 hembesök (1 december 2026)", "Mål 20 hembesök".</summary>
    public static IEnumerable<(string Title, string Value)> Facts(MeasureStatus m, Language l)
    {
        yield return (l.Pick("Senast", "Latest"), m.Latest is { } v ? $"{Value(v.Value, m, l)} ({Formats.Date(v.Date, l)})" : "–");
        if (m.Measure.GoalValue is { } goal) yield return (l.Pick("Mål", "Goal"), Value(goal, m, l));
    }

    /// <summary>The measure in the fallback text: its name, headline, latest value and goal on one line.</summary>
    public static string Text(MeasureStatus m, Language l) =>
        $"**{MarkdownText.Escape(m.Measure.Name)}**: {m.Headline.Text(l)}. "
        + string.Join("; ", Facts(m, l).Select(f => $"{f.Title.ToLowerInvariant()} {f.Value}")) + ".";

    /// <summary>A sentence for a screen reader: what the chart shows and what it says, without rule names.</summary>
    public static string AltText(MeasureStatus m, Language l)
    {
        var a = m.Analysis;
        var name = m.Measure.Name;
        if (a.Points.Count == 0) return l.Pick($"Seriediagram för {name}: inga värden än.", $"Run chart for {name}: no values yet.");
        var text = new StringBuilder(l.Pick(
            $"Seriediagram för {name}: {Plural.Of(a.Points.Count, "värde", "värden", l)} från {Formats.Date(a.Points[0].Date, l)} till {Formats.Date(a.Points[^1].Date, l)}, senast {Value(a.Points[^1].Value, m, l)}",
            $"Run chart for {name}: {Plural.Of(a.Points.Count, "value", "values", l)} from {Formats.Date(a.Points[0].Date, l)} to {Formats.Date(a.Points[^1].Date, l)}, latest {Value(a.Points[^1].Value, m, l)}"));
        // A percentage's median with one decimal, as the chart labels it (25,2 %, not 25,15 %).
        if (a.Median is { } median) text.Append($", median {Value(m.Measure.IsPercentage ? Math.Round(median, 1) : median, m, l)}");
        if (m.Measure.GoalValue is { } goal) text.Append(l.Pick($", mål {Value(goal, m, l)}", $", goal {Value(goal, m, l)}"));
        return text.Append(". ").Append(m.Headline.Text(l)).Append('.').ToString();
    }

    private static string Value(decimal value, MeasureStatus m, Language l) =>
        MarkdownText.Escape(Formats.Value(Math.Round(value, 2), m.Measure.Unit, l, m.Measure.CountNoun));
}
