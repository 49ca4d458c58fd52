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
        foreach (var phrase in Phrases)
        {
            if (normalized == phrase.Normalized || normalized.StartsWith(phrase.Prefix, StringComparison.Ordinal))
            {
                var argument = ArgumentAfter(original, phrase.WordCount);
                return new ParsedCommand(phrase.Spec.Name, argument, null) { WordLanguage = phrase.Language ?? phrase.Spec.ArgumentLanguageOf(argument) };
            }
        }

        var first = original.Split(' ', 2, StringSplitOptions.RemoveEmptyEntries)[0];
        var suggestion = TextMatch.Closest(first, CommandCatalog.All.SelectMany(c => c.Words).Where(w => w.Length > 1));
        return new ParsedCommand(null, string.Empty, suggestion) { FirstWord = first };
    }

    /// <summary>Every command phrase, normalized once (the catalogue does not change): each message is compared, not re-read.</summary>
    private static readonly Phrase[] Phrases = CommandCatalog.All
        .SelectMany(spec => spec.Words.Select(word => (spec, word)))
        .OrderByDescending(x => x.word.Length)
        .Select(x => new Phrase(x.spec, TextMatch.Normalize(x.word), x.spec.LanguageOf(x.word)))
        .ToArray();

    private sealed record Phrase(CommandSpec Spec, string Normalized, Language? Language)
    {
        public string Prefix { get; } = Normalized + " ";

        public int WordCount { get; } = Normalized.Split(' ').Length;
    }

    private static string ArgumentAfter(string original, int wordCount)
    {
        var parts = original.Split((char[]?)null, wordCount + 1, StringSplitOptions.RemoveEmptyEntries);
        return parts.Length > wordCount ? parts[wordCount].Trim() : string.Empty;
    }
}
