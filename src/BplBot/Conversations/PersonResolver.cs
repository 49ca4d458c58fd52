using BplBot.BotFramework;
using BplBot.Data;
using BplBot.Domain.Network;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace BplBot.Conversations;

/// <summary>
/// Finds the network person behind a Teams user: by AAD object id, else by the UPN the connector reports for a member
/// of an allowed tenant (asked at most once a day per unmatched user), which then links the AAD id for next time.
/// The free-form <c>email</c> is never trusted (a user's home tenant can set it to anything), and a coordinator is
/// never linked this way: their AAD object id must come from the network file.
/// </summary>
public sealed class PersonResolver(BplDbContext db, ReadCache cache, IOptions<BotOptions> bot, TimeProvider time, ILogger<PersonResolver> logger)
{
    private static readonly TimeSpan LookupInterval = TimeSpan.FromDays(1);

    public async Task<Person?> ResolveAsync(TurnContext turn, CancellationToken ct)
    {
        var from = turn.Activity.From;
        if (from?.Id is not { Length: > 0 } teamsUserId) return null;
        var aadObjectId = from.AadObjectId?.Trim().ToLowerInvariant();

        // The person (and a stranger's account) is read once and kept until People, Roles or TeamsUsers are written.
        if (aadObjectId is not null)
        {
            var byAad = await cache.GetAsync($"person:aad:{aadObjectId}", () =>
                db.People.AsNoTracking().SingleOrDefaultAsync(p => p.AadObjectId == aadObjectId, ct));
            if (byAad is not null) return await RememberAsync(byAad, turn.Activity.Locale, ct);
        }

        Task<TeamsUser?> Find(CancellationToken c) => db.TeamsUsers.SingleOrDefaultAsync(u => u.TeamsUserId == teamsUserId, c);
        var seen = await cache.GetAsync($"teamsuser:{teamsUserId}", () =>
            db.TeamsUsers.AsNoTracking().SingleOrDefaultAsync(u => u.TeamsUserId == teamsUserId, ct));
        if (seen?.PersonId is { } knownId && await db.People.AsNoTracking().SingleOrDefaultAsync(p => p.Id == knownId, ct) is { } known
            && (known.AadObjectId is null || aadObjectId is null || known.AadObjectId == aadObjectId))
            return await RememberAsync(known, turn.Activity.Locale, ct);

        var now = time.GetUtcNow();
        if (seen is not null && !seen.LookupIsDue(now, LookupInterval)) return null;
        var user = await Find(ct) ?? (await db.InsertOrFindAsync(
            new TeamsUser(teamsUserId, aadObjectId, turn.Activity.GetTenantId()), Find, ct)).Row;
        if (!user.LookupIsDue(now, LookupInterval)) return null;
        user.RecordLookup(now);
        var person = await MatchByUpnAsync(turn, aadObjectId, ct);
        if (person is not null)
        {
            user.MatchTo(person.Id);
            if (aadObjectId is not null) person.LinkAadObject(aadObjectId);
        }
        await db.SaveChangesAsync(ct);
        return person is null ? null : await RememberAsync(person, turn.Activity.Locale, ct);
    }

    /// <summary>What the connector says about the sender (UPN, tenant), or null: the one place that asks it.</summary>
    public async Task<TeamsMember?> MemberAsync(TurnContext turn, CancellationToken ct)
    {
        if (turn.Activity.ServiceUrl is not { } serviceUrl || turn.Activity.Conversation?.Id is not { } conversationId
            || turn.Activity.From?.Id is not { Length: > 0 } userId) return null;
        var (result, member) = await turn.Connector.GetMemberAsync(serviceUrl, conversationId, userId, ct);
        if (result.Succeeded && member is not null) return member;
        logger.LogInformation("Member lookup for a Teams user ended {Status}", result.Status);
        return null;
    }

    private async Task<Person?> MatchByUpnAsync(TurnContext turn, string? aadObjectId, CancellationToken ct)
    {
        if (await MemberAsync(turn, ct) is not { } member) return null;
        // The UPN's domain is verified by its tenant, which must be one of ours; the e-mail attribute is not verified.
        if (!bot.Value.IsAllowedTenant(member.TenantId ?? turn.Activity.GetTenantId())) return null;
        if (string.IsNullOrWhiteSpace(member.UserPrincipalName) || !member.UserPrincipalName.Contains('@', StringComparison.Ordinal)) return null;
        var upn = member.UserPrincipalName.Trim().ToLowerInvariant();
        var person = await db.People.FirstOrDefaultAsync(p => p.Email == upn, ct);
        if (person is null) return null;
        if (person.IsCoordinator && person.AadObjectId is null)
        {
            logger.LogWarning("Person {PersonId} is a coordinator, so their Teams account is not linked by UPN: give their aadObjectId in the network file", person.Id);
            return null;
        }
        // Already linked to another Teams account: the UPN does not move a person to a second account.
        return person.AadObjectId is not null && aadObjectId is not null && person.AadObjectId != aadObjectId ? null : person;
    }

    /// <summary>Keeps the person's last Teams locale (for messages the bot starts); the shared, cached copy is never changed.</summary>
    private async Task<Person> RememberAsync(Person person, string? locale, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(locale) || locale == person.Locale) return person;
        var tracked = db.Entry(person).State == EntityState.Detached ? await db.People.SingleAsync(p => p.Id == person.Id, ct) : person;
        if (tracked.SetLocale(locale)) await db.SaveChangesAsync(ct);
        return tracked;
    }
}
