using BplBot.Domain.Network;
using BplBot.Domain.Text;

namespace BplBot.Domain.Commands;

/// <summary>
/// The words after <c>demo</c>: the role each gives (none for <c>demo av</c>, which takes the demo roles away) and the
/// language it belongs to. One table, so the demo command (which role) and the parser (which language to answer in)
/// cannot drift apart.
/// </summary>
public static class DemoRoleWords
{
    /// <param name="Language">Null for a word both languages use (<c>coach</c>): the client's locale decides.</param>
    public sealed record Entry(string Word, Role? Role, Language? Language);

    public static readonly IReadOnlyList<Entry> All =
    [
        new("samordnare", Role.Coordinator, Language.Swedish), new("coordinator", Role.Coordinator, Language.English),
        new("coach", Role.Coach, null),
        new("medlem", Role.Member, Language.Swedish), new("member", Role.Member, Language.English),
        new("av", null, Language.Swedish), new("ingen", null, Language.Swedish),
        new("off", null, Language.English), new("none", null, Language.English),
    ];

    /// <summary>The entry for a word as typed (any case, with or without diacritics); null for a word not in the table.</summary>
    public static Entry? Find(string word)
    {
        var w = TextMatch.Normalize(word);
        return All.FirstOrDefault(e => TextMatch.Normalize(e.Word) == w);
    }

    /// <summary>The words of one language, for <see cref="CommandSpec.ArgumentLanguageOf"/>.</summary>
    public static IReadOnlyList<string> In(Language language) => All.Where(e => e.Language == language).Select(e => e.Word).ToList();
}
