using BplBot.Domain.Network;
using Microsoft.Extensions.Options;

namespace BplBot.Status;

/// <summary>Who may see which team: members their own teams, coaches the teams they coach (or all, by setting), coordinators all.</summary>
public sealed class StatusAccess(IOptions<StatusOptions> options)
{
    public bool CanSee(Person? person, int teamId) =>
        person is not null
        && (person.IsCoordinator || person.IsMemberOf(teamId) || person.IsCoachOf(teamId)
            || (options.Value.CoachesSeeAllTeams && person.CoachOf.Any()));

    /// <summary>The teams the person follows in the overview (coordinators: all).</summary>
    public IReadOnlyCollection<int>? FollowedTeams(Person person) =>
        person.IsCoordinator || (options.Value.CoachesSeeAllTeams && person.CoachOf.Any())
            ? null
            : person.CoachOf.Concat(person.MemberOf).Distinct().ToList();
}
