using BplBot.Domain.Network;
using BplBot.Domain.Text;
using BplBot.Help;

namespace BplBot.Roster;

/// <summary>What to say when a team name did not lead to exactly one team.</summary>
public static class TeamReplies
{
    /// <summary>The answer when a team name matched several teams or none.</summary>
    public static string NoSingleMatch(Language lang, TeamMatch match) => match.IsAmbiguous ? Ambiguous(lang, match) : NotFound(lang, match);

    public static string NotFound(Language lang, TeamMatch match)
    {
        var names = match.Suggestions.Select(t => $"**{t.ShortName}**").ToList();
        return names.Count == 0
            ? lang.Pick("Jag hittar inget team med det namnet. Skriv **team** för att se alla team.",
                "I can't find a team by that name. Type **teams** to see them all.")
            : lang.Pick($"Jag hittar inget team med det namnet. Menade du {HelpTexts.JoinList(names, lang)}?",
                $"I can't find a team by that name. Did you mean {HelpTexts.JoinList(names, lang)}?");
    }

    public static string Ambiguous(Language lang, TeamMatch match)
    {
        var names = match.Teams.Select(t => $"**{t.ShortName}** ({t.Name})").ToList();
        return lang.Pick($"Flera team passar: {HelpTexts.JoinList(names, lang)}. Skriv det korta namnet på det team du menar.",
            $"Several teams match: {HelpTexts.JoinList(names, lang)}. Type the short name of the one you mean.");
    }
}
