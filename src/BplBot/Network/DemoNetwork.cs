using BplBot.Domain.Time;

namespace BplBot.Network;

/// <summary>
/// The demo network: the teams named in the network's material, with invented people and figures, dated around
/// today so that there is always a past meeting and a next one. Never real names, numbers or addresses.
/// </summary>
public static class DemoNetwork
{
    public static NetworkDocument Create(DateTimeOffset now)
    {
        var today = Stockholm.Today(now);
        return new NetworkDocument
        {
            Name = "Bästa platsen att växa upp, leva och bo på",
            SmallCountThreshold = 5,
            Teams = DemoTeams.Create(today),
            People = People(),
            Meetings = Meetings(today),
        };
    }

    private static List<PersonEntry> People() =>
    [
        Person("Maja Lindqvist", "maja.lindqvist@example.se", ("samordnare", null)),
        Person("Oskar Berg", "oskar.berg@example.se", ("samordnare", null), ("coach", "lanet")),
        Person("Sara Holm", "sara.holm@example.se", ("coach", "attarp"), ("coach", "nassjo"), ("coach", "mullsjo")),
        Person("Johan Ek", "johan.ek@example.se", ("coach", "rydaholm"), ("coach", "arena-varnamo"), ("coach", "vetlanda")),
        Person("Lena Åberg", "lena.aberg@example.se", ("medlem", "attarp")),
        Person("Ali Hassan", "ali.hassan@example.se", ("medlem", "attarp")),
        Person("Eva Sjöberg", "eva.sjoberg@example.se", ("medlem", "rydaholm")),
        Person("Mikael Strand", "mikael.strand@example.se", ("medlem", "nassjo"), ("medlem", "lanet")),
        Person("Fatima Noor", "fatima.noor@example.se", ("medlem", "nassjo")),
        Person("Karin Dahl", "karin.dahl@example.se", ("medlem", "arena-varnamo")),
        Person("Peter Lund", "peter.lund@example.se", ("medlem", "lanet")),
        Person("Nora Vik", "nora.vik@example.se", ("medlem", "vetlanda")),
        Person("Emil Falk", "emil.falk@example.se", ("medlem", "mullsjo")),
    ];

    private static PersonEntry Person(string name, string email, params (string Role, string? Team)[] roles) => new()
    {
        Name = name,
        Email = email,
        Locale = "sv-SE",
        Roles = roles.Select(r => new RoleEntry(r.Role, r.Team)).ToList(),
    };

    /// <summary>Meetings roughly every three months on a Tuesday: three behind us, two ahead.</summary>
    private static List<MeetingEntry> Meetings(DateOnly today)
    {
        var next = NextTuesday(today.AddDays(35));
        (int Ordinal, int MonthsFromNext, string Place, string Theme)[] plan =
        [
            (6, -9, "Jönköping", "Nuläge och analys"),
            (7, -6, "Värnamo", "Förändringsidéer och PGSA"),
            (8, -3, "Nässjö", "Mätningar och seriediagram"),
            (9, 0, "Jönköping", "Att göra förbättringar hållbara"),
            (10, 3, "Vetlanda", "Spridning och lärande"),
        ];
        return plan.Select(p =>
        {
            var day = p.MonthsFromNext == 0 ? next : NextTuesday(next.AddMonths(p.MonthsFromNext));
            return new MeetingEntry
            {
                Ordinal = p.Ordinal,
                Start = day.ToDateTime(new TimeOnly(9, 0)),
                End = day.ToDateTime(new TimeOnly(15, 0)),
                Place = p.Place,
                Theme = p.Theme,
            };
        }).ToList();
    }

    private static DateOnly NextTuesday(DateOnly from) =>
        from.AddDays(((int)DayOfWeek.Tuesday - (int)from.DayOfWeek + 7) % 7);
}
