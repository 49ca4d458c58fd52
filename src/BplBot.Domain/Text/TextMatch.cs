using System.Globalization;
using System.Text;

namespace BplBot.Domain.Text;

/// <summary>Matching what people type: ignoring case, diacritics and extra spaces, and tolerating typos.</summary>
public static class TextMatch
{
    /// <summary>Lower case, diacritics removed (å→a, ä→a, ö→o, é→e), whitespace collapsed.</summary>
    public static string Normalize(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return string.Empty;
        var decomposed = text.Trim().ToLowerInvariant().Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        var lastWasSpace = false;
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            if (char.IsWhiteSpace(c))
            {
                if (!lastWasSpace) builder.Append(' ');
                lastWasSpace = true;
                continue;
            }
            builder.Append(c);
            lastWasSpace = false;
        }
        return builder.ToString().Normalize(NormalizationForm.FormC);
    }

    /// <summary>
    /// Edit distance (insertions, deletions, substitutions, adjacent swaps) between two strings, each cut to
    /// <see cref="InputLimits.MaxMatchLength"/> characters: no command word or team name is longer, and the cost stays
    /// a fixed 64 × 64 whatever someone pastes (F4). Three rolling rows, because a swap looks two rows back.
    /// </summary>
    public static int Distance(string a, string b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        var x = a.AsSpan(0, Math.Min(a.Length, InputLimits.MaxMatchLength));
        var y = b.AsSpan(0, Math.Min(b.Length, InputLimits.MaxMatchLength));
        Span<int> twoBack = stackalloc int[y.Length + 1];
        Span<int> previous = stackalloc int[y.Length + 1];
        Span<int> current = stackalloc int[y.Length + 1];
        for (var j = 0; j <= y.Length; j++) previous[j] = j;
        for (var i = 1; i <= x.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= y.Length; j++)
            {
                var cost = x[i - 1] == y[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && x[i - 1] == y[j - 2] && x[i - 2] == y[j - 1])
                    current[j] = Math.Min(current[j], twoBack[j - 2] + 1);
            }
            var recycled = twoBack;
            twoBack = previous;
            previous = current;
            current = recycled;
        }
        return previous[y.Length];
    }

    /// <summary>How many typos a word of this length may carry and still be recognised.</summary>
    public static int Tolerance(int length) => length switch
    {
        <= 2 => 0,
        <= 5 => 1,
        <= 9 => 2,
        _ => 3,
    };

    /// <summary>The candidate closest to <paramref name="input"/> within the typo tolerance, or null.</summary>
    public static string? Closest(string input, IEnumerable<string> candidates)
    {
        var wanted = Normalize(input);
        if (wanted.Length is 0 or > InputLimits.MaxMatchLength) return null; // no command word is that long
        return candidates
            .Select(c => (Candidate: c, Normalized: Normalize(c)))
            .Select(x => (x.Candidate, Tolerance: Tolerance(Math.Max(wanted.Length, x.Candidate.Length)), x.Normalized))
            .Where(x => Math.Abs(wanted.Length - x.Normalized.Length) <= x.Tolerance)
            .Select(x => (x.Candidate, x.Tolerance, Distance: Distance(wanted, x.Normalized)))
            .Where(x => x.Distance <= x.Tolerance)
            .OrderBy(x => x.Distance)
            .Select(x => x.Candidate)
            .FirstOrDefault();
    }
}
