using BplBot.Domain.Commands;
using BplBot.Domain.Network;
using BplBot.Domain.Text;

namespace BplBot.Help;

/// <summary>The words of help, greetings and "I didn't understand" — Swedish first, English for English Teams.</summary>
public static class HelpTexts
{
    public static string Help(Language lang, HelpAudience audience, IReadOnlyList<Person> coordinators, IReadOnlyDictionary<int, string> teamNames)
    {
        var lines = new List<string>
        {
            lang.Pick("**Det här kan jag hjälpa dig med:**", "**Here is what I can do for you:**"),
            string.Join("\n", HelpCatalog.For(audience).Select(e => e.Line(lang))),
            RoleSummary(lang, audience, coordinators, teamNames),
        };
        if (audience.IsGroupConversation)
            lines.Add(lang.Pick(
                "I en kanal eller gruppchatt: nämn mig först, till exempel *@BplBot hjälp*. Det som bara är till för dig (rapporter, status för team som inte hör till den här kanalen, samordnarens verktyg) svarar jag på i vår chatt 1:1.",
                "In a channel or group chat, mention me first, for example *@BplBot help*. What is for you alone (reports, status of teams this channel is not linked to, coordinators' tools) I answer in our 1:1 chat."));
        return string.Join("\n\n", lines);
    }

    public static string RoleSummary(Language lang, HelpAudience audience, IReadOnlyList<Person> coordinators, IReadOnlyDictionary<int, string> teamNames)
    {
        if (!audience.InNetwork) return NotInNetwork(lang, audience.IsDemo, coordinators);
        var person = audience.Person!;
        var parts = new List<string>();
        if (person.IsCoordinator) parts.Add(lang.Pick("samordnare", "coordinator"));
        if (person.CoachOf.Any()) parts.Add(lang.Pick("coach för ", "coach for ") + Names(person.CoachOf, teamNames, lang));
        if (person.MemberOf.Any()) parts.Add(lang.Pick("medlem i ", "member of ") + Names(person.MemberOf, teamNames, lang));
        return lang.Pick("Du är med i nätverket som ", "You are in the network as ") + JoinList(parts, lang) + ".";
    }

    public static string NotInNetwork(Language lang, bool isDemo, IReadOnlyList<Person> coordinators)
    {
        var contacts = coordinators.Count == 0
            ? lang.Pick("nätverkets samordnare", "the network's coordinators")
            : JoinList(coordinators.Select(c => c.Name).ToList(), lang);
        var text = lang.Pick(
            $"Du finns inte med i nätverket ännu. Be en samordnare lägga till dig: {contacts}.",
            $"You are not in the network yet. Ask a coordinator to add you: {contacts}.");
        return isDemo
            ? text + " " + lang.Pick(
                "Vill du prova med demonätverket? Skriv till exempel **demo medlem Nässjö**, **demo coach Nässjö** eller **demo samordnare**.",
                "Want to try the demo network? Type for example **demo member Nässjö**, **demo coach Nässjö** or **demo coordinator**.")
            : text;
    }

    public static string Unknown(Language lang, ParsedCommand command) => command.Suggestion is { } suggestion
        ? lang.Pick($"Det kommandot känner jag inte igen. Menade du **{suggestion}**? Skriv **hjälp** för att se allt jag kan.",
            $"I don't know that command. Did you mean **{suggestion}**? Type **help** to see everything I can do.")
        : lang.Pick("Det kommandot känner jag inte igen. Skriv **hjälp** för att se vad jag kan.",
            "I don't know that command. Type **help** to see what I can do.");

    public static string Names(IEnumerable<int> teamIds, IReadOnlyDictionary<int, string> teamNames, Language lang) =>
        JoinList(teamIds.Select(id => teamNames.TryGetValue(id, out var name) ? name : "?").Order().ToList(), lang);

    public static string JoinList(IReadOnlyList<string> items, Language lang) => BplBot.Text.Lists.Join(items, lang);
}
