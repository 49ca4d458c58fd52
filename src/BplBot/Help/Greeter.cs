using BplBot.BotFramework;
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

    /// <summary>How people mention the bot here: its name in this Teams (the playground calls it "Test Bot").</summary>
    public static string Mention(CommandContext context) => "@" + (context.Turn.Activity.Recipient?.Name is { Length: > 0 } name ? name : "BplBot");

    private static string PersonalGreeting(CommandContext context)
    {
        var firstName = context.Person?.Name.Split(' ')[0] ?? context.Turn.Activity.From?.Name?.Split(' ')[0];
        var hello = firstName is null ? context.Pick("Hej!", "Hi!") : context.Pick($"Hej {firstName}!", $"Hi {firstName}!");
        return hello + " " + context.Pick(
            "Jag är **BplBot**, assistent för nätverket Bästa platsen att växa upp, leva och bo på. Här rapporterar teamen sitt förbättringsarbete och ser hur det går.",
            "I am **BplBot**, the assistant of the network Bästa platsen att växa upp, leva och bo på. Here teams report their improvement work and see how it goes.");
    }

    private static string GroupGreeting(CommandContext context)
    {
        var place = context.Kind == ConversationKinds.Channel ? context.Pick("kanalen", "channel") : context.Pick("gruppchatten", "group chat");
        var at = Mention(context);
        return context.Pick(
            "Hej allihop! Jag är **BplBot**, assistent för nätverket Bästa platsen att växa upp, leva och bo på.\n\n" +
            $"Koppla den här {place} till ert förbättringsteam med **{at} koppla <team>**, så kan påminnelser och svar för teamet komma hit. " +
            $"Skriv **{at} hjälp** för att se vad jag kan.",
            "Hello everyone! I am **BplBot**, the assistant of the network Bästa platsen att växa upp, leva och bo på.\n\n" +
            $"Link this {place} to your improvement team with **{at} link <team>**, so reminders and answers for the team can come here. " +
            $"Type **{at} help** to see what I can do.");
    }
}
