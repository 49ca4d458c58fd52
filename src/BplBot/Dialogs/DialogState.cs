namespace BplBot.Dialogs;

/// <summary>
/// Where one person is in a dialog in one conversation, kept in the database so a restart loses nothing.
/// <see cref="Version"/> is a concurrency token: two messages for the same dialog are applied one after the other.
/// </summary>
public sealed class DialogState
{
    private DialogState()
    {
        ChannelId = ConversationId = UserId = Kind = Step = Data = string.Empty;
    }

    public DialogState(DialogKey key, string kind, DateTimeOffset now) : this()
    {
        ChannelId = key.ChannelId;
        ConversationId = key.ConversationId;
        UserId = key.UserId;
        Kind = kind;
        StartedAt = now;
    }

    public int Id { get; private set; }
    public string ChannelId { get; private set; }
    public string ConversationId { get; private set; }
    public string UserId { get; private set; }
    public string Kind { get; private set; }

    /// <summary>The step's name, for operators; the dialog reads its step from <see cref="Data"/>.</summary>
    public string Step { get; private set; }

    /// <summary>The dialog's draft as JSON. Free text in it has passed the identity-number check.</summary>
    public string Data { get; private set; }

    /// <summary>The language the dialog speaks (<c>sv</c> or <c>en</c>): answers like "ja" don't tell.</summary>
    public string? Language { get; private set; }

    public Guid Version { get; private set; }
    public DateTimeOffset StartedAt { get; private set; }
    public DateTimeOffset UpdatedAt { get; private set; }
    public DateTimeOffset ExpiresAt { get; private set; }

    public DialogKey Key => new(ChannelId, ConversationId, UserId);

    public bool IsExpired(DateTimeOffset now) => now >= ExpiresAt;

    public void Save(string step, string data, DateTimeOffset now, TimeSpan lifetime, string? language = null)
    {
        Language = language ?? Language;
        Step = step;
        Data = data;
        UpdatedAt = now;
        ExpiresAt = now + lifetime;
        Version = Guid.NewGuid();
    }
}

/// <summary>One person in one conversation (a channel's posts and threads are one conversation).</summary>
public sealed record DialogKey(string ChannelId, string ConversationId, string UserId);
