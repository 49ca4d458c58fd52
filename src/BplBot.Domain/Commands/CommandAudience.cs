using BplBot.Domain.Network;

namespace BplBot.Domain.Commands;

/// <summary>Who may use a command. The router enforces it and the help lists only what the asker may use.</summary>
public enum CommandAudience
{
    Everyone,
    /// <summary>Anyone with a role in the network (members, coaches, coordinators).</summary>
    InNetwork,
    /// <summary>Members of an improvement team (and, in the demo network, anyone: the reply points to <c>demo medlem</c>).</summary>
    Members,
    /// <summary>Coaches of a team, and coordinators.</summary>
    Coaches,
    Coordinators,
    /// <summary>Only while the invented demo network is in use.</summary>
    DemoOnly,
}

public static class CommandAudiences
{
    public static bool Admits(this CommandAudience audience, Person? person, bool isDemo) => audience switch
    {
        CommandAudience.Everyone => true,
        CommandAudience.InNetwork => person is { Roles.Count: > 0 },
        CommandAudience.Members => person?.MemberOf.Any() == true,
        CommandAudience.Coaches => person is not null && (person.CoachOf.Any() || person.IsCoordinator),
        CommandAudience.Coordinators => person?.IsCoordinator == true,
        CommandAudience.DemoOnly => isDemo,
        _ => false,
    };
}
