using BplBot.Domain.Text;

namespace BplBot.Text;

/// <summary>"a, b och c" / "a, b and c".</summary>
public static class Lists
{
    public static string Join(IReadOnlyList<string> items, Language l) => items.Count switch
    {
        0 => string.Empty,
        1 => items[0],
        _ => string.Join(", ", items.Take(items.Count - 1)) + l.Pick(" och ", " and ") + items[^1],
    };
}
