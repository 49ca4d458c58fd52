using BplBot.Conversations.Commands;
using BplBot.Data;
using BplBot.Domain.Commands;
using BplBot.Domain.Text;
using Microsoft.EntityFrameworkCore;

namespace BplBot.Roster;

/// <summary>
/// <c>språk engelska</c> / <c>language swedish</c> (and <c>språk auto</c>): the person's own choice of language, kept,
/// winning over what their Teams says. Reminders and digests follow it too.
/// </summary>
public sealed class LanguageCommand(BplDbContext db) : ICommandHandler
{
    public CommandName Name => CommandName.Language;

    public async Task HandleAsync(CommandContext context, CancellationToken ct)
    {
        var wanted = TextMatch.Normalize(context.Argument) switch
        {
            "svenska" or "swedish" or "sv" or "svensk" => (Choice?)new Choice(Language.Swedish),
            "engelska" or "english" or "en" or "engelsk" => new Choice(Language.English),
            "auto" or "automatiskt" or "automatic" or "teams" => new Choice(null),
            _ => null,
        };
        if (wanted is not { } choice)
        {
            await context.ReplyAsync(Conversations.Replies.Reply.With(context.Pick(
                "Skriv **språk svenska** eller **språk engelska** (eller **språk auto** för att följa det du skriver och din Teams).",
                "Write **language swedish** or **language english** (or **language auto** to follow what you write and your Teams)."),
                new("svenska", "språk svenska"), new("English", "language english")), ct);
            return;
        }
        var l = choice.Language ?? context.Language;
        if (context.Person is not { } known)
        {
            await context.ReplyAsync(l.Pick("Jag kan komma ihåg ditt språk när du är med i nätverket. Tills dess svarar jag på det språk du skriver.",
                "I can remember your language once you are in the network. Until then I answer in the language you write."), ct);
            return;
        }
        var person = await db.People.SingleAsync(p => p.Id == known.Id, ct);
        person.ChooseLanguage(choice.Language);
        await db.SaveChangesAsync(ct);
        await context.ReplyAsync(choice.Language switch
        {
            Language.Swedish => "Klart! Jag skriver på svenska till dig från och med nu.",
            Language.English => "Done! I will write to you in English from now on.",
            _ => l.Pick("Klart! Jag följer det du skriver och din Teams igen.", "Done! I follow what you write and your Teams again."),
        }, ct);
    }

    private readonly record struct Choice(Language? Language);
}
