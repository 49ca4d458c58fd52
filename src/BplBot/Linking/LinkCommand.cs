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
                "Koppla gör du i den kanal eller gruppchatt som ska höra till teamet: skriv **@BplBot koppla <team>** där.",
                "Linking is done in the channel or group chat that belongs to the team: type **@BplBot link <team>** there."), ct);
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
            await context.ReplyAsync(context.Pick("Skriv vilket team, till exempel **@BplBot koppla Nässjö**.",
                "Say which team, for example **@BplBot link Nässjö**."), ct);
            return;
        }

        var match = TeamLookup.Find(context.Argument, await directory.TeamsAsync(ct));
        if (!match.IsUnique)
        {
            await context.ReplyAsync(TeamReplies.NoSingleMatch(context.Language, match), ct);
            return;
        }
        await LinkAsync(context, person, match.Team, ct);
    }

    private async Task LinkAsync(CommandContext context, Person person, ImprovementTeam team, CancellationToken ct)
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
        reference.LinkTo(team.Id);
        await db.SaveChangesAsync(ct);
        var place = context.Kind == "channel" ? context.Pick("kanalen", "channel") : context.Pick("gruppchatten", "group chat");
        await context.ReplyAsync(context.Pick(
            $"Klart! Den här {place} är nu kopplad till **{team.Name}** ({team.ShortName}). Påminnelser och svar för teamet kan komma hit.",
            $"Done! This {place} is now linked to **{team.Name}** ({team.ShortName}). Reminders and answers for the team can come here."), ct);
    }
}
