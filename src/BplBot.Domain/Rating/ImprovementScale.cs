using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using BplBot.Domain.Text;

namespace BplBot.Domain.Rating;

/// <summary>
/// The scale teams rate their progress on (skattningsskala för förbättringsarbete). The default is the IHI
/// collaborative assessment scale, 0.5–5.0 in half steps, with the network's working Swedish labels.
/// </summary>
public sealed partial class ImprovementScale
{
    public static ImprovementScale Default { get; } = new(
    [
        new(0.5m, "Avsikt att delta", "Intent to participate", "Ett projekt är valt, men inget team finns ännu."),
        new(1.0m, "Team och uppdrag klart", "Team and charter in place", "Uppdraget är skrivet och personerna utsedda."),
        new(1.5m, "Planering påbörjad", "Planning started", "Möten, resurser och var ni ska börja."),
        new(2.0m, "Aktivitet, inga förändringar", "Activity, no changes", "Nuläge, mätningar och studier av processen."),
        new(2.5m, "Förändringar testas, ingen förbättring ännu", "Changes tested, no improvement yet", "PGSA-tester har börjat och måtten ritas."),
        new(3.0m, "Måttlig förbättring", "Modest improvement", "Några förändringar fungerar; ungefär 20 % av väntat resultat."),
        new(3.5m, "Förbättring", "Improvement", "Måtten fortsätter att röra sig mot målen."),
        new(4.0m, "Betydande förbättring", "Significant improvement", "Väntade resultat i stora delar; minst hälften av målen nådda."),
        new(4.5m, "Hållbar förbättring", "Sustainable improvement", "Data visar att förbättringen håller."),
        new(5.0m, "Enastående hållbara resultat", "Outstanding sustainable results", "Alla mål nådda och förändringarna är bestående."),
    ]);

    private static readonly Dictionary<string, decimal> Words = new()
    {
        ["en"] = 1, ["ett"] = 1, ["one"] = 1, ["två"] = 2, ["tva"] = 2, ["two"] = 2, ["tre"] = 3, ["three"] = 3,
        ["fyra"] = 4, ["four"] = 4, ["fem"] = 5, ["five"] = 5, ["noll"] = 0, ["zero"] = 0,
    };

    public ImprovementScale(IEnumerable<ScaleStep> steps)
    {
        var list = steps?.OrderBy(s => s.Score).ToList() ?? throw new ArgumentNullException(nameof(steps));
        if (list.Count == 0) throw new ArgumentException("A scale needs at least one step.", nameof(steps));
        if (list.Select(s => s.Score).Distinct().Count() != list.Count) throw new ArgumentException("A scale's scores must differ.", nameof(steps));
        Steps = list;
    }

    public IReadOnlyList<ScaleStep> Steps { get; }

    public ScaleStep? Find(decimal score) => Steps.FirstOrDefault(s => s.Score == score);

    public bool IsOnScale(decimal score) => Find(score) is not null;

    /// <summary>"3,5" in Swedish, "3.5" in English; always one decimal.</summary>
    public static string Format(decimal score, Language language) =>
        score.ToString("0.0", language.Culture());

    public string ListSteps(Language language)
    {
        var text = new StringBuilder();
        foreach (var step in Steps) text.Append($"- **{Format(step.Score, language)}** – {step.LabelIn(language)}\n");
        return text.ToString().TrimEnd();
    }

    /// <summary>Reads "3,5", "3.5", "3½", "3 och en halv", "three and a half", "fyra", or a step's label.</summary>
    public RatingParse Parse(string? text)
    {
        var value = ReadNumber(text);
        if (value is null)
        {
            var wanted = TextMatch.Normalize(text);
            var byLabel = Steps.FirstOrDefault(s => TextMatch.Normalize(s.Label) == wanted || TextMatch.Normalize(s.EnglishLabel) == wanted);
            return byLabel is null || wanted.Length == 0 ? new RatingParse.NotANumber() : new RatingParse.Valid(byLabel.Score);
        }
        return IsOnScale(value.Value) ? new RatingParse.Valid(value.Value) : new RatingParse.OffScale(value.Value);
    }

    // ASCII digits only: \d also matches Arabic-Indic and other digits, which decimal.Parse then refused with an
    // exception (F9). Both patterns are anchored, without overlapping quantifiers, and timed.
    [GeneratedRegex(@"^(?<whole>[0-9]+)?\s*(?:(?<half>½)|[.,](?<fraction>[0-9]+))?(?=\s|$|[–\-:(])",
        RegexOptions.CultureInvariant, InputLimits.RegexTimeoutMilliseconds)]
    private static partial Regex LeadingNumber();

    [GeneratedRegex(@"^(?<whole>\S+)\s+(?:och|and)\s+(?:en|ett|a)\s+(?:halv|half)\b",
        RegexOptions.CultureInvariant, InputLimits.RegexTimeoutMilliseconds)]
    private static partial Regex AndAHalf();

    private static decimal? ReadNumber(string? text)
    {
        var t = (text ?? string.Empty).Trim().TrimEnd('.', '!').Trim().ToLowerInvariant();
        if (t.Length == 0) return null;
        if (t is "½" or "en halv" or "ett halvt" or "a half" or "half" or "halv") return 0.5m;
        // A rating starts with its number: what follows a few dozen characters in can't change it.
        if (t.Length > InputLimits.MaxNumberLength) t = t[..InputLimits.MaxNumberLength];
        try
        {
            return ReadPattern(t);
        }
        catch (RegexMatchTimeoutException)
        {
            return null;
        }
    }

    private static decimal? ReadPattern(string t)
    {
        var half = AndAHalf().Match(t);
        if (half.Success)
            return Whole(half.Groups["whole"].Value) is { } w ? w + 0.5m : null;
        var m = LeadingNumber().Match(t);
        if (m.Success && (m.Groups["whole"].Success || m.Groups["half"].Success))
        {
            var whole = m.Groups["whole"].Success ? Whole(m.Groups["whole"].Value) : 0;
            if (whole is null) return null; // more digits than a decimal holds: no step of any scale
            if (m.Groups["half"].Success) return whole + 0.5m;
            if (m.Groups["fraction"].Success)
                return decimal.TryParse($"{whole}.{m.Groups["fraction"].Value}", NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value)
                    ? value : null;
            return whole;
        }
        if (!char.IsLetter(t[0])) return null;
        var first = t.Split([' ', ',', '.', '–', '-'], 2, StringSplitOptions.RemoveEmptyEntries)[0];
        return Whole(first);
    }

    private static decimal? Whole(string word) =>
        decimal.TryParse(word, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n
        : Words.TryGetValue(word, out var w) ? w
        : null;
}
