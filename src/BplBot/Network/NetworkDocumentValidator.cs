using BplBot.Domain.Measures;
using BplBot.Domain.Network;

namespace BplBot.Network;

/// <summary>Every rule a network file must keep, each broken rule named with its JSON path.</summary>
internal static class NetworkDocumentValidator
{
    public static List<string> Validate(NetworkDocument doc)
    {
        var problems = new List<string>();
        if (doc.Teams.Count == 0) problems.Add("teams: at least one team is required");
        ValidateTeams(doc, problems);
        ValidatePeople(doc, problems);
        ValidateMeetings(doc, problems);
        if (doc.SmallCountThreshold < 0) problems.Add("smallCountThreshold: must be 0 or more");
        return problems;
    }

    private static void ValidateTeams(NetworkDocument doc, List<string> problems)
    {
        var keys = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < doc.Teams.Count; i++)
        {
            var team = doc.Teams[i];
            var at = $"teams[{i}]";
            Require(team.Key, $"{at}.key", problems, max: 100);
            Require(team.Name, $"{at}.name", problems, max: 200);
            Require(team.ShortName, $"{at}.shortName", problems, max: 100);
            Require(team.Municipality, $"{at}.municipality", problems, max: 100);
            if (team.Key is { } key && !keys.Add(key)) problems.Add($"{at}.key: '{key}' is used by another team");
            if (NetworkVocabulary.ParseFocusArea(team.FocusArea) is null)
                problems.Add($"{at}.focusArea: '{team.FocusArea}' is not one of Fullföljda studier, Psykisk hälsa, Fysisk aktivitet");
            ValidateMeasures(team, at, problems);
        }
    }

    private static void ValidateMeasures(TeamEntry team, string teamPath, List<string> problems)
    {
        var keys = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var j = 0; j < team.Measures.Count; j++)
        {
            var measure = team.Measures[j];
            var at = $"{teamPath}.measures[{j}]";
            Require(measure.Key, $"{at}.key", problems, max: 100);
            Require(measure.Name, $"{at}.name", problems, max: 200);
            Require(measure.Unit, $"{at}.unit", problems, max: 20);
            if (measure.Key is { } key && !keys.Add(key)) problems.Add($"{at}.key: '{key}' is used twice in this team");
            if (NetworkVocabulary.ParseKind(measure.Kind) is null)
                problems.Add($"{at}.kind: '{measure.Kind}' is not one of process, outcome, balancing");
            if (measure.Noun is { } noun && (noun.Trim().Length is 0 or > 40 || !MeasureUnits.IsCount(measure.Unit)))
                problems.Add($"{at}.noun: '{noun}' must be 1–40 characters, and only a count (unit 'antal') has a noun");
            if (MeasureUnits.IsPercent(measure.Unit))
            {
                foreach (var point in measure.Values.Where(v => v.Value is < 0 or > 100))
                    problems.Add($"{at}.values[{point.Date:yyyy-MM-dd}]: {point.Value} is not a percentage (0–100)");
            }
            foreach (var point in measure.Values.Where(v => !MeasureRules.IsWithinBounds(v.Value)))
                problems.Add($"{at}.values[{point.Date:yyyy-MM-dd}]: {point.Value} is beyond ±{MeasureRules.MaxMagnitude:0}");
            if (measure.Goal is { } goal && !MeasureRules.IsWithinBounds(goal))
                problems.Add($"{at}.goal: {goal} is beyond ±{MeasureRules.MaxMagnitude:0}");
            foreach (var date in measure.Values.GroupBy(v => v.Date).Where(g => g.Count() > 1).Select(g => g.Key))
                problems.Add($"{at}.values: {date:yyyy-MM-dd} appears more than once");
        }
    }

    private static void ValidatePeople(NetworkDocument doc, List<string> problems)
    {
        var teamKeys = doc.Teams.Select(t => t.Key).OfType<string>().ToHashSet(StringComparer.OrdinalIgnoreCase);
        var emails = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var aadObjectIds = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < doc.People.Count; i++)
        {
            var person = doc.People[i];
            var at = $"people[{i}]";
            Require(person.Name, $"{at}.name", problems, max: 200);
            if (string.IsNullOrWhiteSpace(person.Email) || !person.Email.Contains('@', StringComparison.Ordinal))
                problems.Add($"{at}.email: an e-mail address or UPN is required");
            else if (!emails.Add(person.Email.Trim())) problems.Add($"{at}.email: '{person.Email}' is used by another person");
            // One Teams account is one person: two people with the same id would take each other's roles.
            if (!string.IsNullOrWhiteSpace(person.AadObjectId) && !aadObjectIds.Add(person.AadObjectId.Trim()))
                problems.Add($"{at}.aadObjectId: '{person.AadObjectId}' is used by another person");
            for (var r = 0; r < person.Roles.Count; r++)
            {
                var role = person.Roles[r];
                var kind = NetworkVocabulary.ParseRole(role.Role);
                if (kind is null) problems.Add($"{at}.roles[{r}].role: '{role.Role}' is not one of member, coach, coordinator");
                else if (kind != Role.Coordinator && (role.Team is null || !teamKeys.Contains(role.Team)))
                    problems.Add($"{at}.roles[{r}].team: '{role.Team}' is not the key of a team in this file");
            }
        }
    }

    private static void ValidateMeetings(NetworkDocument doc, List<string> problems)
    {
        var ordinals = new HashSet<int>();
        for (var i = 0; i < doc.Meetings.Count; i++)
        {
            var meeting = doc.Meetings[i];
            var at = $"meetings[{i}]";
            if (meeting.Ordinal < 1) problems.Add($"{at}.ordinal: must be 1 or more");
            else if (!ordinals.Add(meeting.Ordinal)) problems.Add($"{at}.ordinal: meeting {meeting.Ordinal} appears twice");
            if (meeting.End <= meeting.Start) problems.Add($"{at}.end: must be after start");
        }
    }

    /// <summary>Required, and no longer than the database keeps (PostgreSQL refuses what SQLite would have taken).</summary>
    private static void Require(string? value, string path, List<string> problems, int max = 1000)
    {
        if (string.IsNullOrWhiteSpace(value)) problems.Add($"{path}: required");
        else if (value.Trim().Length > max) problems.Add($"{path}: at most {max} characters ({value.Trim().Length} given)");
    }
}
