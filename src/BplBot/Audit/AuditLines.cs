using BplBot.Domain.Audit;
using BplBot.Domain.Privacy;
using BplBot.Domain.Text;
using BplBot.Domain.Time;
using BplBot.Text;

namespace BplBot.Audit;

/// <summary>An audit line in words: "5 jan. 2027 14.03 – Anna Berg gav Erik Lund rollen coach för Nässjö". Names are looked up now.</summary>
public sealed class AuditLines(IReadOnlyDictionary<int, Domain.Network.Person> people, IReadOnlyDictionary<int, string> teams, Language l)
{
    public string Line(AuditEntry e)
    {
        var local = Stockholm.ToLocal(e.At);
        var when = $"{local.ToString("d MMM yyyy", l.Culture())} {Formats.Time(TimeOnly.FromDateTime(local), l)}";
        return $"{when} – {Sentence(e)}";
    }

    private string Sentence(AuditEntry e)
    {
        var who = Actor(e);
        var whom = Person(e.SubjectPersonId, first: false);
        var self = e.Actor == AuditActor.Person && e.ActorPersonId == e.SubjectPersonId;
        return e.Action switch
        {
            AuditAction.RoleGranted => self ? l.Pick($"{who} tog rollen {Role(e)}", $"{who} took the role {Role(e)}")
                : l.Pick($"{who} gav {whom} rollen {Role(e)}", $"{who} gave {whom} the role {Role(e)}"),
            AuditAction.RoleRevoked => self ? l.Pick($"{who} lämnade rollen {Role(e)}", $"{who} left the role {Role(e)}")
                : l.Pick($"{who} tog bort rollen {Role(e)} från {whom}", $"{who} removed the role {Role(e)} from {whom}"),
            AuditAction.PersonErased when self => l.Pick($"{who} raderade sina uppgifter", $"{who} deleted their data"),
            AuditAction.PersonErased when e.Actor == AuditActor.Bot => l.Pick(
                $"Gallringen raderade uppgifterna om {whom} (inte sedd på länge, inte i nätverksfilen)",
                $"Retention deleted the data about {whom} (not seen for long, not in the network file)"),
            AuditAction.PersonErased => l.Pick($"{who} raderade uppgifterna om {whom}", $"{who} deleted the data about {whom}"),
            AuditAction.NewsletterBuilt => Newsletter(who, e.Detail),
            AuditAction.ArchiveExported => e.Actor == AuditActor.Operator
                ? l.Pick("Nätverkets uppgifter exporterades på servern (export)", "The network's records were exported on the server (export)")
                : l.Pick($"{who} exporterade nätverkets uppgifter", $"{who} exported the network's records"),
            AuditAction.PersonalDataShown => l.Pick($"{who} hämtade sina uppgifter (mina data)", $"{who} fetched their data (my data)"),
            _ => e.Action.ToString(),
        };
    }

    private string Actor(AuditEntry e) => e.Actor switch
    {
        AuditActor.Person => Person(e.ActorPersonId, first: true),
        AuditActor.NetworkFile => l.Pick("Nätverksfilen", "The network file"),
        AuditActor.Operator => l.Pick("Driftansvarig", "The operator"),
        _ => "BplBot",
    };

    /// <summary>The person's name now; someone erased is "en tidigare medlem" ("En …" first in the sentence).</summary>
    private string Person(int? id, bool first)
    {
        var person = id is { } i ? people.GetValueOrDefault(i) : null;
        if (person is { IsErased: false }) return MarkdownText.Escape(person.Name);
        var former = l.Pick("en " + FormerMember.Swedish, "a " + FormerMember.English);
        return first ? char.ToUpperInvariant(former[0]) + former[1..] : former;
    }

    private string Role(AuditEntry e)
    {
        var team = e.TeamId is { } t ? MarkdownText.Escape(teams.GetValueOrDefault(t, "?")) : null;
        return e.Detail switch
        {
            nameof(Domain.Network.Role.Coordinator) => l.Pick("samordnare", "coordinator"),
            nameof(Domain.Network.Role.Coach) => l.Pick($"coach för {team}", $"coach for {team}"),
            _ => l.Pick($"medlem i {team}", $"member of {team}"),
        };
    }

    private string Newsletter(string who, string detail)
    {
        var parts = detail.Split('/');
        var (meeting, version) = parts.Length == 2 ? (parts[0], parts[1]) : (detail, "?");
        return l.Pick($"{who} byggde utkastet till nyhetsbrev för träff {meeting} (version {version})",
            $"{who} built the newsletter draft for meeting {meeting} (version {version})");
    }
}
