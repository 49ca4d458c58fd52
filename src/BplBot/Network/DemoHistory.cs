using BplBot.Data;
using BplBot.Domain.CheckIn;
using BplBot.Domain.Measures;
using BplBot.Domain.Network;
using BplBot.Domain.Time;
using Microsoft.EntityFrameworkCore;

namespace BplBot.Network;

/// <summary>
/// The demo network's past: every team's reports for the last three meetings (ratings with reasons, measures, PGSA),
/// a coach's rating here and there, one open request for support, and two reports already in for the next meeting —
/// so a newcomer sees trends in <c>status</c>, a digest worth reading and a newsletter with most teams in it.
/// Invented people and words only.
/// </summary>
public static class DemoHistory
{
    private sealed record Report(decimal Rating, string Reason, string Tested, string Learned, string Next, string? Support = null);

    private sealed record Story(string Team, string Author, Report?[] ByMeeting, Report? Current = null, int CurrentDaysAgo = 0);

    // Reports before meetings 6, 7 and 8 (null: the team did not report), and in the period before the next meeting.
    private static readonly Story[] Stories =
    [
        new("attarp", "lena.aberg@example.se",
        [
            new(2.0m, "Vi mäter närvaron varje vecka och ser nu var och när frånvaron uppstår.",
                "Veckovis närvarolista per klass", "Frånvaron är störst på måndagar och efter lov", "Testa samtal med mentor samma dag"),
            new(2.5m, "Mentorssamtal samma dag testas i två klasser, men närvaron har inte ändrats än.",
                "Mentorn ringer hem samma dag som en elev är borta", "Föräldrarna uppskattar samtalen", "Prova i alla klasser i åk 8"),
            new(3.0m, "Närvaron har ökat i åk 8 sedan vi började ringa hem samma dag.",
                "Samtal samma dag i hela åk 8", "Snabb kontakt gör skillnad, och mentorerna hinner med", "Sprida arbetssättet till åk 7 och 9"),
        ],
        new(3.5m, "Närvaron ligger stabilt över 91 % och arbetssättet används nu i alla årskurser.",
            "Samtal samma dag i åk 7–9", "Arbetssättet håller också under terminens slut", "Följa upp med elevhälsan varje månad"), 3),
        new("rydaholm", "eva.sjoberg@example.se",
        [
            new(1.5m, "Vi har bestämt var vi börjar: stegräknare för fyraåringarna på familjecentralen.",
                "Låna ut stegräknare till fem familjer", "Barnen tycker om att bära dem", "Fler familjer får låna"),
            new(2.0m, "Vi mäter stegen varje månad och har ett nuläge att jämföra med.",
                "Stegräknare till alla fyraåringar som vill", "Det behövs en enkel rutin för att läsa av dem", "Läsa av stegräknarna på öppna förskolan"),
            new(2.5m, "Vi testar utomhuslek på öppna förskolan, men stegen har inte ökat tydligt än.",
                "Utomhuslek två förmiddagar i veckan", "Det är lättare att samla familjer ute när vädret är bra", "Testa en lekstig runt familjecentralen"),
        ],
        new(3.0m, "Stegen har ökat sedan lekstigen kom, och fler familjer lånar stegräknare.",
            "Lekstig runt familjecentralen", "Barnen vill gå stigen om och om igen", "Göra en lekstig till vid förskolan"), 5),
        new("nassjo", "fatima.noor@example.se",
        [
            new(2.0m, "Vi har startat gemensamma hembesök med BVC och kurator och mäter hur många de blir.",
                "Gemensamma hembesök vid första BVC-besöket", "Det krävs planering för att få ihop kalendrarna", "Boka besöken redan vid inskrivningen"),
            new(2.5m, "Fler hembesök görs gemensamt, men det leder ännu inte oftare till vidare kontakt.",
                "Bokning av gemensamma besök vid inskrivningen", "Familjerna är positiva till besöken", "Kuratorn erbjuder en uppföljning vid besöket"),
            new(3.0m, "Hembesöken börjar få bra flyt i mätningarna och fler familjer tackar ja till kontakt.",
                "Kuratorn erbjuder uppföljning redan vid besöket", "Ett konkret erbjudande gör att fler tackar ja", "Fortsätta och se om det håller över sommaren"),
        ]),
        new("arena-varnamo", "karin.dahl@example.se",
        [
            new(1.0m, "Teamet och uppdraget är klart: fler familjer ska vara med i aktivitetsgrupperna.",
                "Kartlägga vilka familjer som erbjuds plats", "Många familjer vet inte att grupperna finns", "Informera via BVC och skolhälsovården"),
            new(1.5m, "Vi har planerat hur vi når familjerna och börjat informera via BVC.",
                "Informationsblad hos BVC", "Bladet räcker inte, ett personligt samtal behövs", "Låta BVC-sjuksköterskan fråga direkt"),
            new(2.0m, "Fler familjer är inskrivna, men många slutar efter några gånger.",
                "Personlig inbjudan från BVC-sjuksköterskan", "Inbjudan fungerar, men vi tappar familjer efter tredje gången", "Ta reda på varför familjer slutar",
                "Hur får vi fler familjer att stanna kvar i grupperna?"),
        ]),
        new("lanet", "peter.lund@example.se",
        [
            new(2.5m, "Baspaketet för föräldragrupper erbjuds nu av en tredjedel av familjecentralerna.",
                "Utbildning av gruppledare i två kommuner", "Gruppledarna vill ha ett gemensamt material", "Ta fram ett gemensamt startmaterial"),
            new(3.0m, "Fler familjecentraler erbjuder baspaketet sedan startmaterialet kom.",
                "Gemensamt startmaterial till alla familjecentraler", "Materialet sänker tröskeln att börja", "Erbjuda handledning till nya gruppledare"),
            new(3.5m, "Mer än hälften av familjecentralerna erbjuder baspaketet och fler är på väg.",
                "Handledning för nya gruppledare varje månad", "Handledningen gör att grupperna blir av", "Nå de sista kommunerna under hösten"),
        ]),
        new("vetlanda", "nora.vik@example.se",
        [
            new(2.0m, "Vi räknar besöken i allaktivitetshuset varje vecka.",
                "Räkna besök vid entrén", "Eleverna i anpassad skola kommer mest på dagtid", "Öppna en aktivitet dagtid för anpassad skola"),
            new(2.0m, "Dagtidsaktiviteten har startat men besöken är ungefär som förut.",
                "Dagtidsaktivitet två dagar i veckan", "Det tar tid innan nya aktiviteter blir kända", "Sprida information via skolorna"),
            new(2.5m, "Vi testar information via skolorna och ser de första nya besökarna.",
                "Besök i klasserna med information om huset", "Eleverna kommer gärna när de har träffat personalen", "Bjuda in till en öppen kväll"),
        ]),
        new("mullsjo", "emil.falk@example.se",
        [
            new(0.5m, "Vi vill vara med och har valt att börja med vad föräldrar vill ha av familjecentralen.",
                "", "", ""),
            new(1.0m, "Teamet är på plats och enkäten till föräldrarna är klar.",
                "Föräldraenkät på öppna förskolan", "Föräldrar svarar gärna när vi frågar personligen", "Fler svar innan vi drar slutsatser"),
            null,
        ]),
    ];

    private static readonly (string Team, string Coach, int MeetingIndex, decimal Score, string Reason)[] CoachRatings =
    [
        ("attarp", "sara.holm@example.se", 2, 3.0m, "Tydliga tester och mätningar varje vecka"),
        ("nassjo", "sara.holm@example.se", 2, 3.0m, "God fart i hembesöken"),
        ("rydaholm", "johan.ek@example.se", 1, 2.0m, "Bra nuläge, testerna har just börjat"),
        ("lanet", "oskar.berg@example.se", 2, 3.5m, "Sprids stadigt i länet"),
    ];

    public static async Task SeedAsync(BplDbContext db, DateTimeOffset now, CancellationToken ct)
    {
        var teams = await db.Teams.ToDictionaryAsync(t => t.Key, ct);
        var people = await db.People.ToDictionaryAsync(p => p.Email, ct);
        var measures = await db.Measures.AsNoTracking().Include(m => m.Values).ToListAsync(ct);
        var meetings = await db.Meetings.AsNoTracking().OrderBy(m => m.StartsAt).ToListAsync(ct);
        var past = meetings.Where(m => m.StartsAt <= now).TakeLast(3).ToList();
        var next = meetings.FirstOrDefault(m => m.StartsAt > now);
        var added = new Dictionary<(string Team, int Meeting), TeamCheckIn>();

        foreach (var story in Stories)
        {
            var team = teams[story.Team];
            var author = people[story.Author].Id;
            for (var i = 0; i < past.Count && i < story.ByMeeting.Length; i++)
            {
                if (story.ByMeeting[i] is not { } report) continue;
                var at = Stockholm.ToInstant(Stockholm.Today(past[i].StartsAt).AddDays(-8 - i), new TimeOnly(10, 15));
                added[(story.Team, i)] = Add(db, team.Id, past[i].Id, author, at, report, measures);
            }
            if (story.Current is { } current && next is not null)
                Add(db, team.Id, next.Id, author, now.AddDays(-story.CurrentDaysAgo), current, measures);
        }
        await db.SaveChangesAsync(ct);

        foreach (var ((team, index), checkIn) in added)
        {
            var support = Stories.Single(s => s.Team == team).ByMeeting[index]!.Support;
            if (support is not null) db.SupportRequests.Add(new SupportRequest(checkIn.TeamId, checkIn.Id, checkIn.PersonId, support, checkIn.SubmittedAt));
        }
        foreach (var (team, coach, index, score, reason) in CoachRatings.Where(r => r.MeetingIndex < past.Count))
            db.CoachRatings.Add(new CoachRating(teams[team].Id, people[coach].Id, score, reason, past[index].StartsAt.AddDays(-3)));
        await db.SaveChangesAsync(ct);
    }

    private static TeamCheckIn Add(BplDbContext db, int teamId, int meetingId, int author, DateTimeOffset at, Report report, List<MeasureDefinition> measures)
    {
        var day = Stockholm.Today(at);
        // The figures the team reported are the ones its series already holds for the month before the report.
        var answers = measures.Where(m => m.TeamId == teamId)
            .Select(m => new MeasureAnswer(m.Id, m.Values.Where(v => v.Date <= day).MaxBy(v => v.Date)?.Value))
            .ToList();
        var content = new CheckInContent(report.Rating, report.Reason, answers, report.Tested, report.Learned, report.Next, report.Support);
        return db.CheckIns.Add(new TeamCheckIn(teamId, meetingId, author, at, content)).Entity;
    }
}
