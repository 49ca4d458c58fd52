namespace BplBot.Conversations;

/// <summary>A Teams account the bot has met, and the person in the network it belongs to (if any).</summary>
public sealed class TeamsUser
{
    private TeamsUser()
    {
        TeamsUserId = string.Empty;
    }

    public TeamsUser(string teamsUserId, string? aadObjectId) : this()
    {
        TeamsUserId = teamsUserId;
        AadObjectId = aadObjectId?.ToLowerInvariant();
    }

    public int Id { get; private set; }

    /// <summary>The user's id in Teams (<c>29:…</c>).</summary>
    public string TeamsUserId { get; private set; }

    public string? AadObjectId { get; private set; }
    public int? PersonId { get; private set; }

    /// <summary>When the connector was last asked for this user's e-mail/UPN; bounds how often we ask.</summary>
    public DateTimeOffset? LookedUpAt { get; private set; }

    public void MatchTo(int personId) => PersonId = personId;

    public void RecordLookup(DateTimeOffset now) => LookedUpAt = now;

    public bool LookupIsDue(DateTimeOffset now, TimeSpan interval) => LookedUpAt is null || now - LookedUpAt >= interval;
}
