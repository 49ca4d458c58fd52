namespace BplBot.Conversations;

/// <summary>A Teams account the bot has met, and the person in the network it belongs to (if any).</summary>
public sealed class TeamsUser
{
    private TeamsUser()
    {
        TeamsUserId = string.Empty;
    }

    public TeamsUser(string teamsUserId, string? aadObjectId, string? tenantId = null) : this()
    {
        TeamsUserId = teamsUserId;
        AadObjectId = aadObjectId?.ToLowerInvariant();
        TenantId = tenantId;
    }

    public int Id { get; private set; }

    /// <summary>The user's id in Teams (<c>29:…</c>).</summary>
    public string TeamsUserId { get; private set; }

    public string? AadObjectId { get; private set; }

    /// <summary>The Entra tenant the account belongs to, as Teams named it: proactive messages go through that tenant.</summary>
    public string? TenantId { get; private set; }

    public int? PersonId { get; private set; }

    /// <summary>When the connector was last asked for this user's e-mail/UPN; bounds how often we ask.</summary>
    public DateTimeOffset? LookedUpAt { get; private set; }

    public void MatchTo(int personId) => PersonId = personId;

    /// <summary>The person was linked to another account (the network file said so): this one is nobody's now.</summary>
    public void Unmatch() => PersonId = null;

    public void RecordLookup(DateTimeOffset now) => LookedUpAt = now;

    public bool LookupIsDue(DateTimeOffset now, TimeSpan interval) => LookedUpAt is null || now - LookedUpAt >= interval;
}
