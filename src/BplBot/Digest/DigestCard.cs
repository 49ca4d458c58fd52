using System.Text;
using BplBot.Cards;
using BplBot.Domain.Text;
using BplBot.Domain.Time;
using BplBot.Text;

namespace BplBot.Digest;

/// <summary>
/// The digest as an Adaptive Card: a heading and what it covers, each team with news in a line or two and a button to
/// its status, then the teams still missing and the problems; the same as Markdown for clients without cards. Kept
/// under Teams' message size: when many teams have news, the last ones are counted instead of listed.
/// </summary>
public static class DigestCard
{
    /// <summary>Teams takes about 28 KB per message, envelope included.</summary>
    public const int MaxBytes = 26_000;

    public static AdaptiveCard Build(DigestContent d, Language l)
    {
        ArgumentNullException.ThrowIfNull(d);
        var shown = d.Teams.Count;
        while (true)
        {
            var card = Compose(d, l, shown);
            if (card.Size() <= MaxBytes || shown == 0) return card;
            shown = Math.Max(0, shown - Math.Max(1, (shown + 9) / 10));
        }
    }

    private static AdaptiveCard Compose(DigestContent d, Language l, int shown)
    {
        var body = new List<CardElement> { TextBlock.Heading(Heading(l)), TextBlock.Subtle(Covers(d, l)) };
        if (d.IsQuiet) body.Add(new TextBlock(Quiet(d, l)));
        body.AddRange(d.Teams.Take(shown).Select(t => Team(t, l)));
        if (d.Teams.Count > shown) body.Add(new TextBlock(More(d.Teams.Count - shown, l)) { Separator = true });
        var foot = Foot(d).ToList();
        if (foot.Count > 0) body.Add(new Container(foot.Select(f => (CardElement)new TextBlock(f) { Spacing = "Small" }).ToList()) { Separator = true, Spacing = "Medium" });
        return new AdaptiveCard(body) { FallbackText = Markdown(d, l, shown) };
    }

    private static Container Team(TeamNews t, Language l)
    {
        var items = new List<CardElement> { new TextBlock(MarkdownText.Escape(t.Name)) { Weight = "Bolder" } };
        items.AddRange(t.Lines.Select(line => new TextBlock(line.Text) { Spacing = "None", Color = line.Attention ? "Attention" : null }));
        items.Add(new ActionSet([new SubmitAction(l.Pick($"Status för {t.Name}", $"Status for {t.Name}"), CardSubmission.CommandData(t.StatusCommand, l))]) { Spacing = "Small" });
        return new Container(items) { Separator = true, Spacing = "Medium" };
    }

    /// <summary>The same digest as Markdown: the card's fallback text.</summary>
    public static string Markdown(DigestContent d, Language l, int? shown = null)
    {
        var count = shown ?? d.Teams.Count;
        var md = new StringBuilder().Append("**").Append(Heading(l)).Append("** – ").Append(Covers(d, l)).Append("\n\n");
        if (d.IsQuiet) md.Append(Quiet(d, l)).Append("\n\n");
        foreach (var t in d.Teams.Take(count))
            md.Append("- **").Append(MarkdownText.Escape(t.Name)).Append("**: ").Append(string.Join(" · ", t.Lines.Select(x => x.Text.TrimEnd('.')))).Append('\n');
        if (d.Teams.Count > count) md.Append("- ").Append(More(d.Teams.Count - count, l)).Append('\n');
        if (count > 0) md.Append('\n');
        foreach (var line in Foot(d)) md.Append(line).Append("\n\n");
        return md.ToString().TrimEnd();
    }

    private static IEnumerable<string> Foot(DigestContent d)
    {
        if (d.Missing is { } missing) yield return missing;
        if (d.EarlierRequests is { } requests) yield return requests;
        foreach (var section in d.Problems) yield return $"**{section.Title}:** {string.Join(", ", section.Lines)}";
    }

    private static string Heading(Language l) => l.Pick("Veckosammanfattning", "Weekly digest");

    /// <summary>"Nytt sedan förra veckosammanfattningen (måndag 23 november kl. 08.00)", or the last seven days.</summary>
    private static string Covers(DigestContent d, Language l)
    {
        var at = Stockholm.ToLocal(d.Since);
        var when = $"{at.ToString("dddd d MMMM", l.Culture())} {l.Pick("kl.", "at")} {at.ToString(l.Pick("HH.mm", "HH:mm"), l.Culture())}";
        return d.SinceLastDigest
            ? l.Pick($"Nytt sedan förra veckosammanfattningen ({when}).", $"New since the last weekly digest ({when}).")
            : l.Pick($"Nytt de senaste sju dagarna (sedan {Formats.Date(Stockholm.Today(d.Since), l)}).",
                $"New in the last seven days (since {Formats.Date(Stockholm.Today(d.Since), l)}).");
    }

    private static string Quiet(DigestContent d, Language l) => d.SinceLastDigest
        ? l.Pick("En lugn vecka: inget nytt från teamen sedan förra veckosammanfattningen.", "A quiet week: nothing new from the teams since the last digest.")
        : l.Pick("En lugn vecka: inget nytt från teamen de senaste sju dagarna.", "A quiet week: nothing new from the teams in the last seven days.");

    private static string More(int more, Language l) => l.Pick(
        $"… och {Plural.Of(more, "team", "team", l)} till. Skriv **status** för en översikt.",
        $"… and {Plural.Of(more, "more team", "more teams", l)}. Write **status** for an overview.");
}
