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

    /// <summary>Edit distance (insertions, deletions, substitutions, adjacent swaps) between two strings.</summary>
    public static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++) d[i, 0] = i;
        for (var j = 0; j <= b.Length; j++) d[0, j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
            }
        }
        return d[a.Length, b.Length];
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
        if (wanted.Length == 0) return null;
        return candidates
            .Select(c => (Candidate: c, Distance: Distance(wanted, Normalize(c))))
            .Where(x => x.Distance <= Tolerance(Math.Max(wanted.Length, x.Candidate.Length)))
            .OrderBy(x => x.Distance)
            .Select(x => x.Candidate)
            .FirstOrDefault();
    }
}
