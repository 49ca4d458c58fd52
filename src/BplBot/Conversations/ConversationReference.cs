namespace BplBot.Conversations;

/// <summary>
/// What the bot needs to write to a conversation later (proactively): saved on install, refreshed from every
/// activity, marked removed on uninstall. A channel is stored by its channel id, not a thread id.
/// </summary>
public sealed class ConversationReference
{
    private ConversationReference()
    {
        ChannelId = ConversationId = ConversationType = ServiceUrl = BotId = string.Empty;
    }

    public ConversationReference(string channelId, string conversationId, string conversationType, DateTimeOffset now) : this()
    {
        ChannelId = channelId;
        ConversationId = conversationId;
        ConversationType = conversationType;
        FirstSeenAt = LastSeenAt = now;
        IsActive = true;
    }

    public int Id { get; private set; }
    public string ChannelId { get; private set; }
    public string ConversationId { get; private set; }

    /// <summary><c>personal</c>, <c>groupChat</c> or <c>channel</c>.</summary>
    public string ConversationType { get; private set; }

    public string? TenantId { get; private set; }
    public string ServiceUrl { get; private set; }
    public string BotId { get; private set; }
    public string? BotName { get; private set; }

    /// <summary>For a personal chat: the user's Teams id (<c>29:…</c>) and AAD object id.</summary>
    public string? UserId { get; private set; }
    public string? UserAadObjectId { get; private set; }

    /// <summary>For a channel: the Teams team id.</summary>
    public string? TeamsTeamId { get; private set; }

    /// <summary>The improvement team this group chat or channel is linked to (<c>koppla</c>).</summary>
    public int? ImprovementTeamId { get; private set; }

    public bool IsActive { get; private set; }
    public DateTimeOffset FirstSeenAt { get; private set; }
    public DateTimeOffset LastSeenAt { get; private set; }
    public DateTimeOffset? RemovedAt { get; private set; }

    public bool IsPersonal => ConversationType == "personal";

    /// <summary>Updates the reference from an activity; returns true when the bot was (re)installed by it.</summary>
    public bool Refresh(ReferenceSnapshot seen, DateTimeOffset now)
    {
        var reactivated = !IsActive;
        ServiceUrl = seen.ServiceUrl;
        BotId = seen.BotId;
        BotName = seen.BotName ?? BotName;
        TenantId = seen.TenantId ?? TenantId;
        TeamsTeamId = seen.TeamsTeamId ?? TeamsTeamId;
        if (IsPersonal)
        {
            // A chat the bot created knows the person by AAD id before their Teams user id is seen.
            UserId = seen.UserId ?? UserId;
            UserAadObjectId = seen.UserAadObjectId ?? UserAadObjectId;
        }
        IsActive = true;
        RemovedAt = null;
        // Coarse on purpose: a write per message would serialize every turn on the database.
        if (reactivated || now - LastSeenAt >= TimeSpan.FromHours(1)) LastSeenAt = now;
        return reactivated;
    }

    /// <summary>True when <see cref="Refresh"/> would change nothing: the reference can be used as it is.</summary>
    public bool IsUpToDate(ReferenceSnapshot seen, DateTimeOffset now) =>
        IsActive && ServiceUrl == seen.ServiceUrl && BotId == seen.BotId && (seen.BotName is null || BotName == seen.BotName)
        && (seen.TenantId is null || TenantId == seen.TenantId) && (seen.TeamsTeamId is null || TeamsTeamId == seen.TeamsTeamId)
        && (!IsPersonal || ((seen.UserId is null || UserId == seen.UserId) && (seen.UserAadObjectId is null || UserAadObjectId == seen.UserAadObjectId)))
        && now - LastSeenAt < TimeSpan.FromHours(1);

    public void MarkRemoved(DateTimeOffset now)
    {
        IsActive = false;
        RemovedAt = now;
        LastSeenAt = now;
    }

    public void LinkTo(int improvementTeamId) => ImprovementTeamId = improvementTeamId;
}

/// <summary>The parts of an activity a reference is refreshed from.</summary>
public sealed record ReferenceSnapshot(
    string ServiceUrl, string BotId, string? BotName, string? TenantId, string? TeamsTeamId, string? UserId, string? UserAadObjectId);
