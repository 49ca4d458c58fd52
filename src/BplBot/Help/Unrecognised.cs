using BplBot.CheckIn;
using BplBot.Conversations.Commands;
using BplBot.Conversations.Replies;
using BplBot.Domain.Commands;
using BplBot.Domain.Text;
using BplBot.Roster;

namespace BplBot.Help;

/// <summary>
/// The answers for what is not a command the asker may run: a greeting, thanks, a typo ("Menade du **status
/// Nässjö**?" with a button that runs it), a question that names a command, or a command this person may not use.
/// </summary>
public sealed class Unrecognised(NetworkDirectory directory)
{
    public static Reply Unknown(CommandContext context, ParsedCommand command)
    {
        var text = context.Input.Text;
        var l = Languages.FromCode(context.Person?.PreferredLanguage) ?? SmallTalk.LanguageOf(text) ?? context.Language;
        if (SmallTalk.IsGreeting(text))
            return Reply.With(l.Pick("Hej! Skriv **hjälp** så ser du vad jag kan göra för dig.", "Hi! Type **help** to see what I can do for you."),
                Suggestion.Of(l.Pick("hjälp", "help")));
        if (SmallTalk.IsThanks(text)) return new Reply(l.Pick("Varsågod! Hör av dig när du vill.", "You're welcome! Write any time."));
        if (SmallTalk.IsCancel(text)) return new Reply(l.Pick("Det finns inget att avbryta just nu.", "There is nothing to cancel right now."));

        if (command.Suggestion is { } word)
        {
            var rest = text.Length > command.FirstWord.Length ? text[command.FirstWord.Length..].Trim() : string.Empty;
            var meant = rest.Length > 0 ? $"{word} {rest}" : word;
            return Reply.With(l.Pick($"Det kommandot känner jag inte igen. Menade du **{MarkdownText(meant)}**?",
                $"I don't know that command. Did you mean **{MarkdownText(meant)}**?"), new Suggestion(meant, meant));
        }
        if (Named(text) is { } spec && HelpCatalog.Entries.FirstOrDefault(e => e.Command == spec.Name) is { } entry)
        {
            var w = l.Pick(spec.SwedishWord, spec.EnglishWord);
            return Reply.With(l.Pick($"Vill du **{w}**? Det är {entry.SwedishText}. Skriv **{w}** eller tryck på knappen.",
                $"Do you want **{w}**? That is {entry.EnglishText}. Type **{w}** or press the button."), Suggestion.Of(w));
        }
        return Reply.With(l.Pick("Det kommandot känner jag inte igen. Skriv **hjälp** för att se vad jag kan.",
            "I don't know that command. Type **help** to see what I can do."), Suggestion.Of(l.Pick("hjälp", "help")));
    }

    public async Task<string> RefusalAsync(CommandContext context, CommandSpec spec, CancellationToken ct)
    {
        var l = context.Language;
        var word = l.Pick(spec.SwedishWord, spec.EnglishWord);
        var demo = context.Network?.IsDemo == true;
        return spec.Audience switch
        {
            CommandAudience.InNetwork => HelpTexts.NotInNetwork(l, demo, await directory.CoordinatorsAsync(ct)),
            CommandAudience.Members => CheckInTexts.NotAMember(l, demo),
            CommandAudience.Coaches => l.Pick($"**{word}** är till för teamens coacher och för samordnarna.",
                $"**{word}** is for the teams' coaches and the coordinators."),
            CommandAudience.Coordinators => l.Pick($"**{word}** är till för nätverkets samordnare.", $"**{word}** is for the network's coordinators."),
            _ => l.Pick("Kommandot **demo** finns bara när demonätverket används. Här används nätverkets riktiga uppgifter.",
                "The **demo** command only exists while the demo network is in use. This bot runs on the real network."),
        };
    }

    /// <summary>A command word somewhere in a question ("hur gör jag en rapport?"), for a command that takes no typing skill.</summary>
    private static CommandSpec? Named(string text)
    {
        var words = TextMatch.Normalize(text).Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => w.Trim('?', '!', '.', ',')).ToHashSet();
        return CommandCatalog.All.FirstOrDefault(spec => spec.Words.Where(w => !w.Contains(' ', StringComparison.Ordinal) && w.Length >= 4)
            .Any(w => words.Contains(TextMatch.Normalize(w))));
    }

    private static string MarkdownText(string text) => BplBot.Text.MarkdownText.Escape(text);
}
