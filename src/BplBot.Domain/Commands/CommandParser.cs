using BplBot.Domain.Text;

namespace BplBot.Domain.Commands;

/// <summary>Reads a message once: which command, and its argument. Case, diacritics and a trailing period don't matter.</summary>
public static class CommandParser
{
    public static ParsedCommand Parse(string? text)
    {
        var trimmed = (text ?? string.Empty).Trim();
        var original = trimmed == "?" ? trimmed : trimmed.TrimEnd('.', '!', '?').TrimEnd();
        var normalized = TextMatch.Normalize(original);
        if (normalized.Length == 0) return new ParsedCommand(null, string.Empty, null);

        // Longest command phrase first, so "vem är jag" wins over "jag".
        foreach (var (spec, word) in Phrases())
        {
            var phrase = TextMatch.Normalize(word);
            if (normalized == phrase || normalized.StartsWith(phrase + " ", StringComparison.Ordinal))
                return new ParsedCommand(spec.Name, ArgumentAfter(original, phrase.Split(' ').Length), null) { WordLanguage = spec.LanguageOf(word) };
        }

        var first = original.Split(' ', 2, StringSplitOptions.RemoveEmptyEntries)[0];
        var suggestion = TextMatch.Closest(first, CommandCatalog.All.SelectMany(c => c.Words).Where(w => w.Length > 1));
        return new ParsedCommand(null, string.Empty, suggestion) { FirstWord = first };
    }

    private static IEnumerable<(CommandSpec Spec, string Word)> Phrases() =>
        CommandCatalog.All
            .SelectMany(spec => spec.Words.Select(word => (spec, word)))
            .OrderByDescending(x => x.word.Length);

    private static string ArgumentAfter(string original, int wordCount)
    {
        var parts = original.Split((char[]?)null, wordCount + 1, StringSplitOptions.RemoveEmptyEntries);
        return parts.Length > wordCount ? parts[wordCount].Trim() : string.Empty;
    }
}
