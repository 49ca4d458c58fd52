using BplBot.BotFramework;
using BplBot.Conversations;
using BplBot.Data;
using BplBot.Domain.Network;
using Microsoft.EntityFrameworkCore;

namespace BplBot.Privacy;

/// <summary>
/// Where a person's Teams identity is kept: their Teams accounts (matched to them, or carrying their AAD id), their
/// 1:1 chats with the bot, and the keys their dialogs are stored under. Both <c>mina data</c> and an erasure start here,
/// so what one shows is what the other removes.
/// </summary>
public sealed record PersonFootprint(Person Person, IReadOnlyList<TeamsUser> Accounts, IReadOnlyList<ConversationReference> Chats)
{
    public IReadOnlyList<string> TeamsUserIds => Accounts.Select(a => a.TeamsUserId).ToList();

    /// <summary>A dialog is keyed by the user's AAD id, or their Teams id when there is none, in lower case.</summary>
    public IReadOnlyList<string> DialogUserIds =>
        Accounts.SelectMany(a => new[] { a.TeamsUserId, a.AadObjectId }).Append(Person.AadObjectId)
            .OfType<string>().Select(id => id.ToLowerInvariant()).Distinct().ToList();

    public IReadOnlyList<int> ChatIds => Chats.Select(c => c.Id).ToList();

    public IReadOnlyList<string> ChatConversationIds => Chats.Select(c => c.ConversationId).ToList();

    public static async Task<PersonFootprint> FindAsync(BplDbContext db, Person person, CancellationToken ct)
    {
        var aad = person.AadObjectId;
        var accounts = await db.TeamsUsers.AsNoTracking()
            .Where(u => u.PersonId == person.Id || (aad != null && u.AadObjectId == aad)).ToListAsync(ct);
        var teamsIds = accounts.Select(a => a.TeamsUserId).ToList();
        var aadIds = accounts.Select(a => a.AadObjectId).OfType<string>().Append(aad).OfType<string>().Distinct().ToList();
        var chats = await db.ConversationReferences.AsNoTracking()
            .Where(c => c.ConversationType == ConversationKinds.Personal
                && ((c.UserAadObjectId != null && aadIds.Contains(c.UserAadObjectId)) || (c.UserId != null && teamsIds.Contains(c.UserId))))
            .ToListAsync(ct);
        return new PersonFootprint(person, accounts, chats);
    }
}
