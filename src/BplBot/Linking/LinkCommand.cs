using BplBot.Conversations.Commands;
using BplBot.Data;
using BplBot.Domain.Commands;
using BplBot.Domain.Network;
using BplBot.Help;
using BplBot.Roster;

namespace BplBot.Linking;

/// <summary>
/// <c>koppla &lt;team&gt;</c> in a channel or group chat: links the conversation to an improvement team, so reminders
/// and answers for the team can go there. Only the team's members and coordinators may do it.
/// </summary>
public sealed class LinkCommand(BplDbContext db, NetworkDirectory directory) : ICommandHandler
{
    public CommandName Name => CommandName.Link;

    public async Task HandleAsync(CommandContext context, CancellationToken ct)
    {
        if (context.IsPersonal)
        {
            await context.ReplyAsync(context.Pick(
                $"Koppla gör du i den kanal eller gruppchatt som ska höra till teamet: skriv **{Greeter.Mention(context)} koppla <team>** där.",
                $"Linking is done in the channel or group chat that belongs to the team: type **{Greeter.Mention(context)} link <team>** there."), ct);
            return;
        }
        if (context.Person is not { } person)
        {
            await context.ReplyAsync(HelpTexts.NotInNetwork(context.Language, context.Network?.IsDemo == true,
                await directory.CoordinatorsAsync(ct)), ct);
            return;
        }
        if (string.IsNullOrWhiteSpace(context.Argument))
        {
            await context.ReplyAsync(context.Pick($"Skriv vilket team, till exempel **{Greeter.Mention(context)} koppla Nässjö**.",
                $"Say which team, for example **{Greeter.Mention(context)} link Nässjö**."), ct);
            return;
        }

        var argument = context.Argument.Trim();
        var word = MoveWords.FirstOrDefault(w => argument.EndsWith(" " + w, StringComparison.OrdinalIgnoreCase));
        var confirmed = word is not null;
        if (word is not null) argument = argument[..^(word.Length + 1)].Trim();
        var match = TeamLookup.Find(argument, await directory.TeamsAsync(ct));
        if (!match.IsUnique)
        {
            await context.ReplyAsync(TeamReplies.NoSingleMatch(context.Language, match), ct);
            return;
        }
        await LinkAsync(context, person, match.Team, confirmed, ct);
    }

    private static readonly string[] MoveWords = ["flytta", "move"];

    private async Task LinkAsync(CommandContext context, Person person, ImprovementTeam team, bool confirmed, CancellationToken ct)
    {
        if (!person.IsCoordinator && !person.IsMemberOf(team.Id))
        {
            await context.ReplyAsync(context.Pick(
                $"Bara medlemmar i {team.ShortName} eller en samordnare kan koppla en kanal till teamet.",
                $"Only members of {team.ShortName} or a coordinator can link a channel to that team."), ct);
            return;
        }
        var reference = context.Conversation is { } r ? await db.ConversationReferences.FindAsync([r.Id], ct) : null;
        if (reference is null)
        {
            await context.ReplyAsync(context.Pick("Jag kunde inte koppla just den här konversationen. Försök igen om en stund.",
                "I couldn't link this conversation. Please try again in a while."), ct);
            return;
        }
        if (reference.ImprovementTeamId is { } current && current != team.Id && await db.Teams.FindAsync([current], ct) is { } linked)
        {
            // Security review F8: a link another team relies on moves only by that team or a coordinator, and on purpose.
            if (!person.IsCoordinator && !person.IsMemberOf(current))
            {
                await context.ReplyAsync(context.Pick(
                    $"Den här konversationen är kopplad till {linked.ShortName}. Bara medlemmar i {linked.ShortName} eller en samordnare kan flytta kopplingen.",
                    $"This conversation is linked to {linked.ShortName}. Only members of {linked.ShortName} or a coordinator can move the link."), ct);
                return;
            }
            if (!confirmed)
            {
                var again = context.Pick($"koppla {team.ShortName} flytta", $"link {team.ShortName} move");
                await context.ReplyAsync(Conversations.Replies.Reply.With(context.Pick(
                    $"Den här konversationen är redan kopplad till **{linked.ShortName}**; dess påminnelser kommer då inte hit längre. Skriv **{again}** för att flytta kopplingen till {team.ShortName}.",
                    $"This conversation is already linked to **{linked.ShortName}**; its reminders would stop coming here. Write **{again}** to move the link to {team.ShortName}."),
                    new Conversations.Replies.Suggestion(context.Pick($"Flytta till {team.ShortName}", $"Move to {team.ShortName}"), again)), ct);
                return;
            }
        }
        reference.LinkTo(team.Id);
        await db.SaveChangesAsync(ct);
        var place = context.Kind == BplBot.BotFramework.ConversationKinds.Channel ? context.Pick("kanalen", "channel") : context.Pick("gruppchatten", "group chat");
        await context.ReplyAsync(context.Pick(
            $"Klart! Den här {place} är nu kopplad till **{team.Name}** ({team.ShortName}). Påminnelser och svar för teamet kan komma hit.",
            $"Done! This {place} is now linked to **{team.Name}** ({team.ShortName}). Reminders and answers for the team can come here."), ct);
    }
}
