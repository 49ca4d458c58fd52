using BplBot.BotFramework;
using BplBot.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace BplBot.Conversations;

/// <summary>What came of looking for a person's 1:1 chat: the reference, or why there is none.</summary>
public sealed record PersonalChat(ConversationReference? Reference, SendStatus Status, string? Reason)
{
    public static PersonalChat Found(ConversationReference reference) => new(reference, SendStatus.Sent, null);
}

/// <summary>
/// The one way to reach a person in their 1:1 chat with the bot: the newest active chat, else a chat opened now, in the
/// person's own tenant (where their Teams account lives, or the bot's tenant), and stored for next time.
/// </summary>
public sealed class PersonalChats(BplDbContext db, ConnectorClient connector, IOptions<BotOptions> bot, TimeProvider time)
{
    public async Task<PersonalChat> FindOrOpenAsync(int personId, CancellationToken ct)
    {
        var person = await db.People.AsNoTracking().SingleAsync(p => p.Id == personId, ct);
        var accounts = await db.TeamsUsers.AsNoTracking().Where(u => u.PersonId == personId).ToListAsync(ct);
        var teamsIds = accounts.Select(a => a.TeamsUserId).ToList();
        var chats = await db.ConversationReferences
            .Where(c => c.ConversationType == ConversationKinds.Personal
                && ((person.AadObjectId != null && c.UserAadObjectId == person.AadObjectId) || (c.UserId != null && teamsIds.Contains(c.UserId))))
            .OrderByDescending(c => c.LastSeenAt).ToListAsync(ct);
        if (chats.FirstOrDefault(c => c.IsActive) is { } active) return PersonalChat.Found(active);

        var userId = teamsIds.FirstOrDefault() ?? person.AadObjectId;
        if (userId is null) return new PersonalChat(null, SendStatus.Failed, "no way to reach the person in Teams yet");
        var tenant = accounts.Select(a => a.TenantId).FirstOrDefault(t => t is not null) ?? chats.Select(c => c.TenantId).FirstOrDefault(t => t is not null)
            ?? (string.IsNullOrWhiteSpace(bot.Value.TenantId) ? null : bot.Value.TenantId);
        var installation = await db.ConversationReferences.AsNoTracking()
            .Where(c => c.IsActive && c.TenantId != null && (tenant == null || c.TenantId == tenant))
            .OrderByDescending(c => c.LastSeenAt).FirstOrDefaultAsync(ct);
        if (installation is null) return new PersonalChat(null, SendStatus.Failed, "the bot is not installed anywhere in the person's tenant");

        var created = await connector.CreateConversationAsync(installation.ServiceUrl,
            ConversationParameters.ForPersonalChat(installation.BotId, userId, installation.TenantId!), CancellationToken.None);
        if (!created.Result.Succeeded || created.ConversationId is null)
            return new PersonalChat(null, created.Result.Status, chats.Count > 0 ? "the person removed the bot" : "the 1:1 chat could not be opened");
        var now = time.GetUtcNow();
        var reference = new ConversationReference(installation.ChannelId, created.ConversationId, ConversationKinds.Personal, now);
        reference.Refresh(new ReferenceSnapshot(created.ServiceUrl ?? installation.ServiceUrl, installation.BotId, installation.BotName,
            installation.TenantId, null, teamsIds.FirstOrDefault(), person.AadObjectId), now);
        var (stored, _) = await db.InsertOrFindAsync(reference, c => db.ConversationReferences.SingleOrDefaultAsync(
            x => x.ChannelId == reference.ChannelId && x.ConversationId == reference.ConversationId, c), CancellationToken.None);
        return PersonalChat.Found(stored);
    }
}
