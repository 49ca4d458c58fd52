namespace BplBot.Domain.Audit;

/// <summary>What was done. Stored by name, so the list may grow.</summary>
public enum AuditAction
{
    RoleGranted,
    RoleRevoked,
    PersonErased,
    NewsletterBuilt,
    ArchiveExported,
    PersonalDataShown,
}

/// <summary>Who did it: a person in the network, the network file's import, the bot itself (a job), or the server's operator.</summary>
public enum AuditActor
{
    Person,
    NetworkFile,
    Bot,
    Operator,
}

/// <summary>
/// One line of the network's audit trail: when, who, what. It names people only by their row (so an erased person
/// is "tidigare medlem" here too) and never holds what anyone typed; <see cref="Detail"/> is written by the bot.
/// </summary>
public sealed class AuditEntry
{
    public const int DetailMaxLength = 100;

    private AuditEntry()
    {
        Detail = string.Empty;
    }

    public AuditEntry(DateTimeOffset at, AuditAction action, AuditActor actor, int? actorPersonId, int? subjectPersonId = null,
        int? teamId = null, string? detail = null) : this()
    {
        if (actor == AuditActor.Person && actorPersonId is null) throw new ArgumentException("A person's action names the person.", nameof(actorPersonId));
        At = at.ToUniversalTime();
        Action = action;
        Actor = actor;
        ActorPersonId = actor == AuditActor.Person ? actorPersonId : null;
        SubjectPersonId = subjectPersonId;
        TeamId = teamId;
        var text = detail?.Trim() ?? string.Empty;
        Detail = text.Length > DetailMaxLength ? text[..DetailMaxLength] : text;
    }

    public long Id { get; private set; }
    public DateTimeOffset At { get; private set; }
    public AuditAction Action { get; private set; }
    public AuditActor Actor { get; private set; }
    public int? ActorPersonId { get; private set; }
    public int? SubjectPersonId { get; private set; }
    public int? TeamId { get; private set; }

    /// <summary>Machine-written particulars: the role (<c>Coach</c>), the meeting and version (<c>8/2</c>), where (<c>chat</c>).</summary>
    public string Detail { get; private set; }
}
