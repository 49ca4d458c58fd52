using BplBot.Domain.Text;
using BplBot.Domain.Newsletter;
using static BplBot.Domain.Newsletter.NewsletterComposer;

namespace BplBot.Newsletter;

/// <summary>The sentences every format shares, so the Word, HTML and Markdown drafts say the same thing.</summary>
public static class OverviewText
{
    public static IReadOnlyList<string> Lines(NetworkOverview o)
    {
        var lines = new List<string> { $"{o.TeamsReported} av {o.TeamsInNetwork} team rapporterade inför träffen." };
        if (o.Median is { } median)
        {
            var change = o.MedianChange switch
            {
                null => " (ingen jämförelse: inga skattningar förra gången)",
                0 => " (samma som förra gången)",
                > 0 and var up => $" (upp {Rating(up)} sedan förra gången, då {Rating(o.PreviousMedian!.Value)})",
                var down => $" (ner {Rating(-down!.Value)} sedan förra gången, då {Rating(o.PreviousMedian!.Value)})",
            };
            lines.Add($"Medianen för teamens självskattning är {Rating(median)}{change}.");
            lines.Add($"{Share(o.ShareAtLeast3!.Value)} av teamen skattar sig till 3,0 eller mer, {Share(o.ShareAtLeast4!.Value)} till 4,0 eller mer (nätverkets mått på framgång).");
        }
        return lines;
    }

    public static string DistributionAlt(NetworkOverview o) =>
        "Stapeldiagram över teamens självskattning: " + string.Join(", ", o.Distribution.Where(b => b.Teams > 0)
            .Select(b => $"{Rating(b.Score)}: {b.Teams} team")) + (o.TeamsReported == 0 ? "inga skattningar." : ".");
}

/// <summary>A team's lines in every format.</summary>
public static class TeamText
{
    public static string Rating(TeamSection t) =>
        $"{NewsletterComposer.Rating(t.Rating)} – {t.RatingLabel}" +
        (t.PreviousRating is { } before ? $" (förra gången {NewsletterComposer.Rating(before)})" : " (första skattningen)") +
        (t.Reason.Length > 0 ? $". {t.Reason}" : string.Empty);

    public static string Latest(MeasureSection m) =>
        $"senast {m.LatestText}" + (m.LatestDate is { } d ? $" ({d.ToString("d MMMM yyyy", Language.Swedish.Culture())})" : string.Empty)
        + (m.GoalText is { } goal ? $", mål {goal}" : string.Empty);

    public static IEnumerable<(string Label, string Text)> Pgsa(TeamSection t)
    {
        if (t.Tested.Length > 0) yield return ("Testade", t.Tested);
        if (t.Learned.Length > 0) yield return ("Lärde sig", t.Learned);
        if (t.NextStep.Length > 0) yield return ("Gör härnäst", t.NextStep);
        if (t.Support is { Length: > 0 } support) yield return ("Vill ha stöd med", support);
    }
}
