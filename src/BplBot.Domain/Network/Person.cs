namespace BplBot.Domain.Network;

/// <summary>Someone in the network: a team member, a coach, a coordinator, or several of these.</summary>
public sealed class Person
{
    private readonly List<RoleAssignment> _roles = [];

    private Person()
    {
        Name = Email = string.Empty;
    }

    public Person(string name, string email, string? aadObjectId = null, string? locale = null) : this()
    {
        Name = string.IsNullOrWhiteSpace(name) ? throw new ArgumentException("A person needs a name.", nameof(name)) : name.Trim();
        Email = NormalizeEmail(email);
        AadObjectId = NormalizeId(aadObjectId);
        Locale = locale;
    }

    public int Id { get; private set; }
    public string Name { get; private set; }

    /// <summary>E-mail or UPN, lower case; how a Teams user is matched when the AAD object id is not yet known.</summary>
    public string Email { get; private set; }

    /// <summary>The Entra (AAD) object id of the person's Teams account, once known.</summary>
    public string? AadObjectId { get; private set; }

    /// <summary>The Teams locale last seen (e.g. <c>sv-SE</c>, <c>en-US</c>).</summary>
    public string? Locale { get; private set; }

    /// <summary>The language the person chose (<c>språk engelska</c>): it wins over the Teams locale. <c>sv</c>, <c>en</c> or null.</summary>
    public string? PreferredLanguage { get; private set; }

    public IReadOnlyList<RoleAssignment> Roles => _roles;

    /// <summary>The person's own choice, or null to follow what they write and their Teams.</summary>
    public void ChooseLanguage(Text.Language? language) => PreferredLanguage = language is { } l ? Text.Languages.Code(l) : null;

    /// <summary>The language to write to the person in when they have not just written (reminders, digests).</summary>
    public Text.Language WritesIn => Text.Languages.FromCode(PreferredLanguage) ?? Text.Languages.FromLocale(Locale);

    /// <summary>No meeting reminders up to and including this day (<c>pausa påminnelser till …</c>).</summary>
    public DateOnly? RemindersPausedUntil { get; private set; }

    public bool WantsRemindersOn(DateOnly day) => RemindersPausedUntil is not { } until || day > until;

    public void PauseReminders(DateOnly until) => RemindersPausedUntil = until;

    public void ResumeReminders() => RemindersPausedUntil = null;

    public bool IsCoordinator => _roles.Any(r => r.Role == Role.Coordinator);
    public IEnumerable<int> MemberOf => _roles.Where(r => r.Role == Role.Member).Select(r => r.TeamId!.Value);
    public IEnumerable<int> CoachOf => _roles.Where(r => r.Role == Role.Coach).Select(r => r.TeamId!.Value);
    public bool IsMemberOf(int teamId) => MemberOf.Contains(teamId);
    public bool IsCoachOf(int teamId) => CoachOf.Contains(teamId);

    public static string NormalizeEmail(string email) =>
        string.IsNullOrWhiteSpace(email) || !email.Contains('@', StringComparison.Ordinal)
            ? throw new ArgumentException("A person needs an e-mail address or UPN.", nameof(email))
            : email.Trim().ToLowerInvariant();

    /// <summary>Links the person to their Teams account; the first link wins, a different id is refused.</summary>
    public bool LinkAadObject(string aadObjectId)
    {
        var id = NormalizeId(aadObjectId) ?? throw new ArgumentException("An AAD object id is required.", nameof(aadObjectId));
        if (AadObjectId == id) return false;
        if (AadObjectId is not null)
            throw new InvalidOperationException("This person is already linked to another Teams account.");
        AadObjectId = id;
        return true;
    }

    /// <summary>
    /// The network file names the person's Teams account: it wins over an earlier link (one made by UPN, which may
    /// have been wrong). Returns the id it replaced, or null when nothing changed.
    /// </summary>
    public string? RelinkAadObject(string aadObjectId)
    {
        var id = NormalizeId(aadObjectId) ?? throw new ArgumentException("An AAD object id is required.", nameof(aadObjectId));
        if (AadObjectId == id) return null;
        var replaced = AadObjectId ?? string.Empty;
        AadObjectId = id;
        return replaced;
    }

    /// <summary>Another person was given this account by the network file.</summary>
    public void UnlinkAadObject() => AadObjectId = null;

    public void Rename(string name)
    {
        if (!string.IsNullOrWhiteSpace(name)) Name = name.Trim();
    }

    public bool SetLocale(string? locale)
    {
        if (string.IsNullOrWhiteSpace(locale) || locale == Locale) return false;
        Locale = locale;
        return true;
    }

    /// <summary>Gives the person a role; granting a role they already hold changes nothing (but the file takes it over).</summary>
    public bool Grant(Role role, int? teamId = null, RoleSource source = RoleSource.Chat)
    {
        if (_roles.FirstOrDefault(r => r.Role == role && r.TeamId == teamId) is { } held)
        {
            if (source == RoleSource.File) held.NowFromTheFile();
            return false;
        }
        _roles.Add(new RoleAssignment(role, teamId, source));
        return true;
    }

    /// <summary>Revokes the roles the network file gave that it no longer lists; returns them. Chat roles stay.</summary>
    public IReadOnlyList<RoleAssignment> RevokeFileRolesExcept(IReadOnlyCollection<(Role Role, int? TeamId)> listed)
    {
        var gone = _roles.Where(r => r.Source == RoleSource.File && !listed.Contains((r.Role, r.TeamId))).ToList();
        foreach (var role in gone) _roles.Remove(role);
        return gone;
    }

    public bool Revoke(Role role, int? teamId = null) =>
        _roles.RemoveAll(r => r.Role == role && r.TeamId == teamId) > 0;

    private static string? NormalizeId(string? id) =>
        string.IsNullOrWhiteSpace(id) ? null : id.Trim().ToLowerInvariant();
}
