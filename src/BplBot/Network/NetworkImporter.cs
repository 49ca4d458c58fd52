using BplBot.Data;
using BplBot.Domain.Measures;
using BplBot.Domain.Network;
using BplBot.Domain.Time;
using Microsoft.EntityFrameworkCore;

namespace BplBot.Network;

/// <summary>
/// Brings a checked network document into the database in one transaction. Matching is by stable keys (team key,
/// measure key, e-mail, meeting number), so importing the same file again changes nothing, and roles granted in
/// chat are kept.
/// </summary>
public sealed class NetworkImporter(BplDbContext db, TimeProvider time, ILogger<NetworkImporter> logger)
{
    public async Task ImportAsync(NetworkDocument doc, NetworkSource source, string hash, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        await using var transaction = await db.Database.BeginTransactionAsync(ct);

        var teams = await ImportTeamsAsync(doc, ct);
        await ImportMeasuresAsync(doc, teams, now, ct);
        await ImportPeopleAsync(doc, teams, ct);
        await ImportMeetingsAsync(doc, ct);

        var info = await db.NetworkInfo.SingleOrDefaultAsync(ct);
        var name = string.IsNullOrWhiteSpace(doc.Name) ? "Bästa platsen att växa upp, leva och bo på" : doc.Name.Trim();
        if (info is null) db.NetworkInfo.Add(new NetworkInfo(name, source, hash, doc.SmallCountThreshold, now));
        else info.Update(name, source, hash, doc.SmallCountThreshold, now);

        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        logger.LogInformation("Network imported from {Source}: {Teams} teams, {People} people, {Meetings} meetings",
            source, doc.Teams.Count, doc.People.Count, doc.Meetings.Count);
    }

    private async Task<Dictionary<string, ImprovementTeam>> ImportTeamsAsync(NetworkDocument doc, CancellationToken ct)
    {
        var teams = await db.Teams.ToDictionaryAsync(t => t.Key, StringComparer.OrdinalIgnoreCase, ct);
        foreach (var entry in doc.Teams)
        {
            var focus = NetworkVocabulary.ParseFocusArea(entry.FocusArea)!.Value;
            if (!teams.TryGetValue(entry.Key!, out var team))
            {
                team = new ImprovementTeam(entry.Key!, entry.Name!, entry.ShortName!, entry.Municipality!, focus, entry.Aim ?? string.Empty);
                db.Teams.Add(team);
                teams[team.Key] = team;
            }
            team.Update(entry.Name!, entry.ShortName!, entry.Municipality!, focus, entry.Aim ?? string.Empty, entry.Aliases);
        }
        await db.SaveChangesAsync(ct);
        return teams;
    }

    private async Task ImportMeasuresAsync(NetworkDocument doc, Dictionary<string, ImprovementTeam> teams, DateTimeOffset now, CancellationToken ct)
    {
        var existing = await db.Measures.Include(m => m.Values).ToListAsync(ct);
        foreach (var teamEntry in doc.Teams)
        {
            var team = teams[teamEntry.Key!];
            foreach (var entry in teamEntry.Measures)
            {
                var kind = NetworkVocabulary.ParseKind(entry.Kind)!.Value;
                var key = entry.Key!.Trim().ToLowerInvariant();
                var measure = existing.FirstOrDefault(m => m.TeamId == team.Id && m.Key == key);
                if (measure is null)
                {
                    measure = new MeasureDefinition(team.Id, entry.Key!, entry.Name!, entry.Unit!, kind, entry.HigherIsBetter);
                    db.Measures.Add(measure);
                }
                measure.Describe(entry.Name!, entry.Unit!, kind, entry.HigherIsBetter, entry.Definition ?? string.Empty);
                measure.NameWhatItCounts(entry.Noun);
                measure.SetGoal(entry.Goal, entry.GoalDate);
                foreach (var point in entry.Values) measure.Record(point.Date, point.Value, now);
            }
        }
        await db.SaveChangesAsync(ct);
    }

    private async Task ImportPeopleAsync(NetworkDocument doc, Dictionary<string, ImprovementTeam> teams, CancellationToken ct)
    {
        var people = await db.People.ToDictionaryAsync(p => p.Email, ct);
        foreach (var entry in doc.People)
        {
            var email = Person.NormalizeEmail(entry.Email!);
            if (!people.TryGetValue(email, out var person))
            {
                person = new Person(entry.Name!, email, entry.AadObjectId, entry.Locale);
                db.People.Add(person);
                people[email] = person;
            }
            person.Rename(entry.Name!);
            person.SetLocale(entry.Locale);
            if (!string.IsNullOrWhiteSpace(entry.AadObjectId)) await LinkFromFileAsync(person, entry.AadObjectId, people.Values, ct);
            var listed = entry.Roles.Select(role =>
            {
                var kind = NetworkVocabulary.ParseRole(role.Role)!.Value;
                return (kind, kind == Role.Coordinator ? (int?)null : teams[role.Team!].Id);
            }).ToList();
            foreach (var (kind, teamId) in listed) person.Grant(kind, teamId, RoleSource.File);
            Revoke(person, listed);
            if (person.IsCoordinator && person.AadObjectId is null)
                logger.LogWarning("Coordinator {Email} has no aadObjectId in the network file: a coordinator is recognised in Teams only by it",
                    MaskedEmail(email));
        }
        // Someone the file no longer lists loses what the file gave them (roles given in chat stay).
        var inFile = doc.People.Select(p => Person.NormalizeEmail(p.Email!)).ToHashSet();
        foreach (var gone in people.Values.Where(p => !inFile.Contains(p.Email))) Revoke(gone, []);
        await db.SaveChangesAsync(ct);
    }

    private void Revoke(Person person, IReadOnlyCollection<(Role, int?)> listed)
    {
        foreach (var role in person.RevokeFileRolesExcept(listed))
            logger.LogWarning("Role {Role} (team {TeamId}) of person {PersonId} revoked: the network file no longer gives it", role.Role, role.TeamId, person.Id);
    }

    /// <summary>
    /// The file's AAD object id wins over a link made earlier by UPN: the accounts that link pointed at are matched to
    /// nobody (the right person is found by AAD id on their next message), and a start never fails over it.
    /// </summary>
    private async Task LinkFromFileAsync(Person person, string aadObjectId, IEnumerable<Person> people, CancellationToken ct)
    {
        var id = aadObjectId.Trim().ToLowerInvariant();
        if (person.AadObjectId == id) return;
        foreach (var other in people.Where(p => p != person && p.AadObjectId == id))
        {
            logger.LogWarning("The network file gives person {PersonId}'s Teams account to another person; unlinked", other.Id);
            other.UnlinkAadObject();
            foreach (var user in await db.TeamsUsers.Where(u => u.PersonId == other.Id && u.AadObjectId == id).ToListAsync(ct)) user.Unmatch();
        }
        await db.SaveChangesAsync(ct); // the unique AAD id index must see the old holder cleared first
        var replaced = person.RelinkAadObject(id);
        if (string.IsNullOrEmpty(replaced) || person.Id == 0) return;
        logger.LogWarning("Person {PersonId} re-linked to the Teams account the network file names; the earlier link is dropped", person.Id);
        foreach (var user in await db.TeamsUsers.Where(u => u.PersonId == person.Id && u.AadObjectId != id).ToListAsync(ct)) user.Unmatch();
    }

    private static string MaskedEmail(string email) => email.Length < 3 ? "***" : email[..2] + "***" + email[email.IndexOf('@', StringComparison.Ordinal)..];

    private async Task ImportMeetingsAsync(NetworkDocument doc, CancellationToken ct)
    {
        var meetings = await db.Meetings.ToDictionaryAsync(m => m.Ordinal, ct);
        foreach (var entry in doc.Meetings)
        {
            var start = Stockholm.ToInstant(entry.Start);
            var end = Stockholm.ToInstant(entry.End);
            if (meetings.TryGetValue(entry.Ordinal, out var meeting))
            {
                meeting.Reschedule(start, end);
                meeting.Describe(entry.Place ?? string.Empty, entry.Theme ?? string.Empty);
            }
            else db.Meetings.Add(new Meeting(entry.Ordinal, start, end, entry.Place ?? string.Empty, entry.Theme ?? string.Empty));
        }
        await db.SaveChangesAsync(ct);
    }
}
