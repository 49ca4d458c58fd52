using BplBot.Domain.Text;

namespace BplBot.Domain.Network;

/// <summary>The answer to "which team did they mean?".</summary>
public sealed record TeamMatch(IReadOnlyList<ImprovementTeam> Teams, IReadOnlyList<ImprovementTeam> Suggestions)
{
    public bool IsUnique => Teams.Count == 1;
    public bool IsAmbiguous => Teams.Count > 1;
    public ImprovementTeam Team => Teams[0];
}

/// <summary>Finds a team by name, short name, municipality or alias, ignoring case and diacritics and tolerating a typo.</summary>
public static class TeamLookup
{
    public static TeamMatch Find(string query, IReadOnlyCollection<ImprovementTeam> teams)
    {
        var wanted = TextMatch.Normalize(query);
        if (wanted.Length == 0) return new TeamMatch([], []);

        var exact = teams.Where(t => t.IsNamed(wanted)).ToList();
        if (exact.Count > 0) return new TeamMatch(PreferShortName(exact, wanted), []);

        // A name whose length differs by more than the tolerance can't be within it: no distance table for those.
        var tolerance = TextMatch.Tolerance(wanted.Length);
        var close = teams
            .Select(t => (Team: t, Distance: t.Names().Select(TextMatch.Normalize)
                .Where(n => Math.Abs(n.Length - wanted.Length) <= tolerance)
                .Select(n => TextMatch.Distance(wanted, n))
                .DefaultIfEmpty(int.MaxValue).Min()))
            .Where(x => x.Distance <= tolerance)
            .OrderBy(x => x.Distance)
            .ToList();
        if (close.Count > 0)
        {
            var best = close[0].Distance;
            return new TeamMatch(close.Where(x => x.Distance == best).Select(x => x.Team).ToList(), []);
        }

        var partial = teams.Where(t => t.Names().Any(n => TextMatch.Normalize(n).Contains(wanted, StringComparison.Ordinal))).ToList();
        if (partial.Count > 0) return new TeamMatch(partial, []);

        var suggestions = teams
            .OrderBy(t => t.Names().Min(n => TextMatch.Distance(wanted, TextMatch.Normalize(n))))
            .Take(3)
            .ToList();
        return new TeamMatch([], suggestions);
    }

    // "Värnamo" is both a municipality with two teams and one team's short name: the short name is what people mean.
    private static List<ImprovementTeam> PreferShortName(List<ImprovementTeam> matches, string wanted)
    {
        var byShortName = matches.Where(t => TextMatch.Normalize(t.ShortName) == wanted || t.Key == wanted).ToList();
        return byShortName.Count == 1 ? byShortName : matches;
    }
}
