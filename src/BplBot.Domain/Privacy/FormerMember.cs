using BplBot.Domain.Network;
using BplBot.Domain.Text;

namespace BplBot.Domain.Privacy;

/// <summary>How an erased person is named wherever their reports are shown: "tidigare medlem".</summary>
public static class FormerMember
{
    public const string Swedish = "tidigare medlem";
    public const string English = "former member";

    public static string Name(Language language) => language.Pick(Swedish, English);

    /// <summary>The person's name, or "tidigare medlem" for someone erased (or gone).</summary>
    public static string NameOf(Person? person, Language language) =>
        person is null || person.IsErased ? Name(language) : person.Name;
}
