using BplBot.Charts;
using BplBot.Domain.CheckIn;
using BplBot.Domain.Measures;
using BplBot.Domain.Rating;
using BplBot.Domain.RunCharts;
using BplBot.Domain.Text;
using BplBot.Text;

namespace BplBot.Digest;

/// <summary>What counts as news for one team in a digest window, each kind as one line.</summary>
internal static class DigestNews
{
    /// <summary>The most measures a team's line names; the rest are counted.</summary>
    public const int MeasuresPerLine = 2;

    /// <summary>
    /// "Ny rapport inför träff 9: 3,5 (upp från 3,0)": the team's newest report in the window, compared with the rating
    /// that stood when the window opened. A lower rating needs attention.
    /// </summary>
    public static NewsLine? Report(List<TeamCheckIn> checkIns, DateTimeOffset since, DateTimeOffset now, IReadOnlyDictionary<int, int> ordinals, Language l)
    {
        var newest = checkIns.Where(c => c.SupersededAt == null && c.SubmittedAt >= since && c.SubmittedAt <= now).MaxBy(c => c.SubmittedAt);
        if (newest is null) return null;
        var before = checkIns.Where(c => c.SubmittedAt < since && (c.SupersededAt == null || c.SupersededAt >= since)).MaxBy(c => c.SubmittedAt);
        var replaced = before is not null && before.PeriodMeetingId == newest.PeriodMeetingId;
        var what = (replaced, newest.PeriodMeetingId is { } id && ordinals.TryGetValue(id, out var ordinal) ? ordinal : (int?)null) switch
        {
            (true, { } o) => l.Pick($"Ändrad rapport inför träff {o}", $"Changed report for meeting {o}"),
            (true, null) => l.Pick("Ändrad rapport", "Changed report"),
            (false, { } o) => l.Pick($"Ny rapport inför träff {o}", $"New report for meeting {o}"),
            _ => l.Pick("Ny rapport", "New report"),
        };
        var rating = ImprovementScale.Format(newest.Rating, l);
        var change = before switch
        {
            null => l.Pick(" (första rapporten)", " (first report)"),
            _ when before.Rating == newest.Rating => l.Pick(" (samma som förut)", " (unchanged)"),
            _ when newest.Rating > before.Rating => l.Pick($" (upp från {ImprovementScale.Format(before.Rating, l)})", $" (up from {ImprovementScale.Format(before.Rating, l)})"),
            _ => l.Pick($" (ner från {ImprovementScale.Format(before.Rating, l)})", $" (down from {ImprovementScale.Format(before.Rating, l)})"),
        };
        return new NewsLine($"{what}: {rating}{change}.", Attention: before is not null && newest.Rating < before.Rating);
    }

    /// <summary>
    /// "Nytt önskemål om stöd: ”…”", "Avslutat önskemål om stöd: ”…”". A request closed because a new report brought
    /// a new one in its place is not news of its own.
    /// </summary>
    public static NewsLine? Support(List<SupportRequest> requests, DateTimeOffset since, DateTimeOffset now, Language l)
    {
        bool InWindow(DateTimeOffset? at) => at is { } t && t >= since && t <= now;
        var parts = new List<string>();
        var made = requests.Where(r => InWindow(r.CreatedAt)).OrderBy(r => r.CreatedAt).ToList();
        if (made.Count > 0) parts.Add(l.Pick("Nytt önskemål om stöd", "New request for support") + ": " + Quote(made[^1].Topic, l));
        var closed = requests.Where(r => InWindow(r.ResolvedAt) && !requests.Any(n => n.CreatedAt == r.ResolvedAt)).ToList();
        if (closed.Count > 0) parts.Add(l.Pick("Avslutat önskemål om stöd", "Request for support closed") + ": " + Quote(closed.MaxBy(r => r.ResolvedAt)!.Topic, l));
        if (parts.Count == 0) return null;
        var text = string.Join(" · ", parts);
        return new NewsLine(text.EndsWith("?\u201D", StringComparison.Ordinal) || text.EndsWith("!\u201D", StringComparison.Ordinal) ? text : text + ".");
    }

    /// <summary>
    /// The measures whose headline reads differently with the points dated in the window than without them, and says
    /// something (a change, or a goal newly reached): "Gemensamma hembesök: Tydlig förbättring sedan juni – nu över målet".
    /// </summary>
    public static NewsLine? Measures(List<MeasureDefinition> measures, DateOnly sinceDay, Language l)
    {
        var changed = new List<(string Text, bool Attention)>();
        foreach (var m in measures.OrderBy(m => m.Id))
        {
            var earlier = m.Values.Where(v => v.Date < sinceDay).ToList();
            if (earlier.Count == m.Values.Count) continue;
            var now = MeasureHeadline.For(m, MeasureAnalysis.Analyze(m));
            var before = MeasureHeadline.For(m, RunChartAnalyzer.Analyze(earlier.Select(v => new RunChartPoint(v.Date, v.Value)), m.HigherIsBetter));
            var newGoal = now.GoalReached == true && before.GoalReached != true;
            if (Key(now) == Key(before) || !(now.IsChange || newGoal)) continue;
            changed.Add(($"{MarkdownText.Escape(m.Name)}: {now.Text(l)}", now.NeedsAttention));
        }
        if (changed.Count == 0) return null;
        var shown = changed.OrderByDescending(c => c.Attention).Take(MeasuresPerLine).Select(c => c.Text).ToList();
        var more = changed.Count - shown.Count;
        var text = string.Join(" · ", shown) + (more > 0 ? l.Pick($" (och {Plural.Of(more, "mått", "mått", l)} till)", $" (and {Plural.Of(more, "more measure", "more measures", l)})") : string.Empty);
        return new NewsLine(text, changed.Any(c => c.Attention));
    }

    private static (HeadlineKind, HeadlineVerdict, int, bool, DateOnly?, bool?) Key(MeasureHeadline h) =>
        (h.Kind, h.Verdict, h.Direction, h.Ongoing, h.Since, h.GoalReached);

    private static string Quote(string topic, Language l) =>
        l.Pick($"\u201D{MarkdownText.Escape(topic.Trim())}\u201D", $"\u201C{MarkdownText.Escape(topic.Trim())}\u201D");
}
