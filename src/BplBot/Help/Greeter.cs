using BplBot.Conversations.Commands;

namespace BplBot.Help;

/// <summary>The first words when the bot is installed in a chat, a group chat or a team.</summary>
public sealed class Greeter(HelpCommand help)
{
    public async Task GreetAsync(CommandContext context, CancellationToken ct)
    {
        var text = context.IsPersonal
            ? PersonalGreeting(context) + "\n\n" + await help.BuildAsync(context, ct)
            : GroupGreeting(context);
        await context.ReplyAsync(text, ct);
    }

    private static string PersonalGreeting(CommandContext context)
    {
        var firstName = context.Person?.Name.Split(' ')[0] ?? context.Turn.Activity.From?.Name?.Split(' ')[0];
        var hello = firstName is null ? context.Pick("Hej!", "Hi!") : context.Pick($"Hej {firstName}!", $"Hi {firstName}!");
        return hello + " " + context.Pick(
            "Jag är **BplBot**, lärande nätverket Bästa platsens assistent i Teams. Här kan ni rapportera teamets arbete och följa hur det går.",
            "I am **BplBot**, the assistant of the learning network Bästa platsen in Teams. Here teams report their work and follow how it goes.");
    }

    private static string GroupGreeting(CommandContext context)
    {
        var place = context.Kind == "channel" ? context.Pick("kanalen", "channel") : context.Pick("gruppchatten", "group chat");
        return context.Pick(
            $"Hej allihop! Jag är **BplBot**, lärande nätverket Bästa platsens assistent i Teams.\n\n" +
            $"Koppla den här {place} till ert förbättringsteam med **@BplBot koppla <team>**, så kan påminnelser och svar för teamet komma hit. " +
            "Skriv **@BplBot hjälp** för att se vad jag kan.",
            $"Hello everyone! I am **BplBot**, the assistant of the learning network Bästa platsen in Teams.\n\n" +
            $"Link this {place} to your improvement team with **@BplBot link <team>**, so reminders and answers for the team can come here. " +
            "Type **@BplBot help** to see what I can do.");
    }
}
