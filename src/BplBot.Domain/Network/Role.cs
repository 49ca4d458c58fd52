namespace BplBot.Domain.Network;

public enum Role
{
    /// <summary>Team member (teammedlem): reports for the team.</summary>
    Member,
    /// <summary>Coach: follows some teams.</summary>
    Coach,
    /// <summary>Coordinator (samordnare): runs the network; sees every team.</summary>
    Coordinator,
}

/// <summary>Where a role came from: the network file revokes what it gave when it stops listing it; chat roles stay.</summary>
public enum RoleSource
{
    Chat,
    File,
    Demo,
}

/// <summary>One role a person holds; <see cref="TeamId"/> is null for coordinators.</summary>
public sealed class RoleAssignment
{
    private RoleAssignment() { }

    internal RoleAssignment(Role role, int? teamId, RoleSource source)
    {
        Source = source;
        if (role == Role.Coordinator && teamId is not null)
            throw new ArgumentException("A coordinator role belongs to the whole network, not to a team.", nameof(teamId));
        if (role != Role.Coordinator && teamId is null)
            throw new ArgumentException($"A {role} role needs a team.", nameof(teamId));
        Role = role;
        TeamId = teamId;
    }

    public int Id { get; private set; }
    public int PersonId { get; private set; }
    public Role Role { get; private set; }
    public int? TeamId { get; private set; }
    public RoleSource Source { get; private set; }

    /// <summary>The network file lists a role that was given in chat: from now on the file decides about it.</summary>
    internal void NowFromTheFile() => Source = RoleSource.File;
}
