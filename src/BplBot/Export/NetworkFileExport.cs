using BplBot.Domain.Time;
using BplBot.Network;

namespace BplBot.Export;

/// <summary>
/// The export's <c>network.json</c>: the network as a network file (the format <c>Network:File</c> reads), so an empty
/// database can be started from it. A network file has no place for reports, cancelled meetings or where a role came
/// from: those are in the other files; every role here becomes a role from the file.
/// </summary>
public static class NetworkFileExport
{
    public static NetworkDocument From(ArchiveData data) => new()
    {
        Name = data.Network,
        SmallCountThreshold = data.SmallCountThreshold,
        Teams = data.Teams.Select(t => new TeamEntry
        {
            Key = t.Key, Name = t.Name, ShortName = t.ShortName, Aliases = t.Aliases.ToList(), Municipality = t.Municipality, FocusArea = t.FocusArea,
            Aim = t.Aim,
            Measures = data.Measures.Where(m => m.TeamId == t.Id).Select(m => new MeasureEntry
            {
                Key = m.Key, Name = m.Name, Unit = m.Unit, Noun = m.CountNoun, Kind = m.Kind, HigherIsBetter = m.HigherIsBetter,
                Definition = m.Definition.Length == 0 ? null : m.Definition, Goal = m.Goal, GoalDate = m.GoalDate,
                Values = m.Values.Select(v => new MeasurePoint(v.Date, v.Value)).ToList(),
            }).ToList(),
        }).ToList(),
        People = data.People.Select(p => new PersonEntry
        {
            Name = p.Name, Email = p.Email, AadObjectId = p.AadObjectId, Locale = p.Locale,
            Roles = p.Roles.Select(r => new RoleEntry(r.Role, r.TeamKey)).ToList(),
        }).ToList(),
        Meetings = data.Meetings.Where(m => !m.Cancelled).Select(m => new MeetingEntry
        {
            Ordinal = m.Ordinal, Start = Stockholm.ToLocal(m.StartsAt), End = Stockholm.ToLocal(m.EndsAt), Place = m.Place, Theme = m.Theme,
        }).ToList(),
    };
}
