using BplBot.BotFramework;
using BplBot.Data;
using BplBot.Domain.Network;
using Microsoft.EntityFrameworkCore;

namespace BplBot.Conversations;

/// <summary>
/// Finds the network person behind a Teams user: by AAD object id, else by the e-mail/UPN the connector reports for
/// the user (asked at most once a day per unmatched user), which then links the AAD id for next time.
/// </summary>
public sealed class PersonResolver(BplDbContext db, TimeProvider time, ILogger<PersonResolver> logger)
{
    private static readonly TimeSpan LookupInterval = TimeSpan.FromDays(1);

    public async Task<Person?> ResolveAsync(TurnContext turn, CancellationToken ct)
    {
        var from = turn.Activity.From;
        if (from?.Id is not { Length: > 0 } teamsUserId) return null;
        var aadObjectId = from.AadObjectId?.Trim().ToLowerInvariant();

        if (aadObjectId is not null)
        {
            var byAad = await db.People.SingleOrDefaultAsync(p => p.AadObjectId == aadObjectId, ct);
            if (byAad is not null) return await RememberAsync(byAad, turn.Activity.Locale, ct);
        }

        Task<TeamsUser?> Find(CancellationToken c) => db.TeamsUsers.SingleOrDefaultAsync(u => u.TeamsUserId == teamsUserId, c);
        var user = await Find(ct) ?? await db.AddOrGetExistingAsync(new TeamsUser(teamsUserId, aadObjectId), Find, ct);
        if (user.PersonId is { } knownId) return await RememberAsync(await db.People.SingleAsync(p => p.Id == knownId, ct), turn.Activity.Locale, ct);

        var now = time.GetUtcNow();
        if (!user.LookupIsDue(now, LookupInterval))
        {
            await db.SaveChangesAsync(ct);
            return null;
        }
        user.RecordLookup(now);
        var person = await MatchByEmailAsync(turn, teamsUserId, ct);
        if (person is not null)
        {
            user.MatchTo(person.Id);
            if (aadObjectId is not null && person.AadObjectId is null) person.LinkAadObject(aadObjectId);
        }
        await db.SaveChangesAsync(ct);
        return person is null ? null : await RememberAsync(person, turn.Activity.Locale, ct);
    }

    private async Task<Person?> MatchByEmailAsync(TurnContext turn, string teamsUserId, CancellationToken ct)
    {
        if (turn.Activity.ServiceUrl is not { } serviceUrl || turn.Activity.Conversation?.Id is not { } conversationId) return null;
        var (result, member) = await turn.Connector.GetMemberAsync(serviceUrl, conversationId, teamsUserId, ct);
        if (!result.Succeeded || member is null)
        {
            logger.LogInformation("Member lookup for an unmatched Teams user ended {Status}", result.Status);
            return null;
        }
        var addresses = new[] { member.Email, member.UserPrincipalName }
            .Where(a => !string.IsNullOrWhiteSpace(a))
            .Select(a => a!.Trim().ToLowerInvariant())
            .ToList();
        return addresses.Count == 0 ? null : await db.People.FirstOrDefaultAsync(p => addresses.Contains(p.Email), ct);
    }

    private async Task<Person> RememberAsync(Person person, string? locale, CancellationToken ct)
    {
        if (person.SetLocale(locale)) await db.SaveChangesAsync(ct);
        return person;
    }
}
