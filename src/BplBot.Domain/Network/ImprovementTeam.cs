using BplBot.Domain.Text;

namespace BplBot.Domain.Network;

/// <summary>An improvement team (förbättringsteam) in the network.</summary>
public sealed class ImprovementTeam
{
    private ImprovementTeam()
    {
        Key = Name = ShortName = Municipality = Aim = string.Empty;
    }

    public ImprovementTeam(string key, string name, string shortName, string municipality, FocusArea focusArea, string aim)
        : this()
    {
        Key = RequireText(key, nameof(key)).ToLowerInvariant();
        Update(name, shortName, municipality, focusArea, aim, []);
    }

    public int Id { get; private set; }

    /// <summary>Stable identifier from the network file, e.g. <c>nassjo</c>.</summary>
    public string Key { get; private set; }

    public string Name { get; private set; }
    public string ShortName { get; private set; }
    public string Municipality { get; private set; }
    public FocusArea FocusArea { get; private set; }
    public string Aim { get; private set; }

    /// <summary>Other names people use for the team.</summary>
    public List<string> Aliases { get; private set; } = [];

    public void Update(string name, string shortName, string municipality, FocusArea focusArea, string aim, IEnumerable<string> aliases)
    {
        Name = RequireText(name, nameof(name));
        ShortName = RequireText(shortName, nameof(shortName));
        Municipality = RequireText(municipality, nameof(municipality));
        FocusArea = focusArea;
        Aim = aim?.Trim() ?? string.Empty;
        Aliases = aliases.Select(a => a.Trim()).Where(a => a.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
    }

    /// <summary>Every name the team is known by, for matching what people type.</summary>
    public IEnumerable<string> Names() => new[] { ShortName, Name, Municipality, Key }.Concat(Aliases);

    /// <summary>True when <paramref name="query"/> is one of the team's names, ignoring case and diacritics.</summary>
    public bool IsNamed(string query)
    {
        var wanted = TextMatch.Normalize(query);
        return wanted.Length > 0 && Names().Any(n => TextMatch.Normalize(n) == wanted);
    }

    private static string RequireText(string value, string name) =>
        string.IsNullOrWhiteSpace(value) ? throw new ArgumentException($"{name} must not be empty.", name) : value.Trim();
}
