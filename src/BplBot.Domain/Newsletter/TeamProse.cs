using BplBot.Domain.Network;
using BplBot.Domain.Rating;

namespace BplBot.Domain.Newsletter;

/// <summary>
/// A reporting team in the seed newsletter's register, third person: what the team works on, its rating and how it
/// moved, its own reason quoted, what it tested, learned and will do next; then what it measures. Two paragraphs at
/// most; the second only when there are measures. The team's words are quoted as written, never rephrased.
/// </summary>
public static class TeamProse
{
    public static IReadOnlyList<string> Paragraphs(TeamReport report, ImprovementScale scale, IReadOnlyList<MeasureReading> measures, DateOnly meetingDay)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(scale);
        var now = report.Now ?? throw new ArgumentException("Only a team that reported has prose.", nameof(report));
        var first = new List<string>();
        if (WorksOn(report.Team) is { } worksOn) first.Add(worksOn);
        first.Add(Rating(report, scale));
        if (ProseText.Clean(now.RatingReason).Length > 0)
            first.Add(ProseText.EndsAsSentence(now.RatingReason)
                ? $"{ProseText.Quote(now.RatingReason)} skriver de."
                : $"{ProseText.Quote(now.RatingReason)}, skriver de.");
        first.AddRange(Pgsa(now, firstReport: report.Previous is null && report.Earlier is null));

        var paragraphs = new List<string> { string.Join(" ", first) };
        if (measures.Count > 0)
            paragraphs.Add(string.Join(" ", measures.SelectMany(m => MeasureProse.Sentences(m, meetingDay, only: measures.Count == 1)).Prepend(MeasureProse.Intro(measures))));
        return paragraphs;
    }

    /// <summary>"Teamet arbetar med psykisk hälsa: fler familjer får tidigt stöd genom gemensamma hembesök."</summary>
    public static string? WorksOn(ImprovementTeam team)
    {
        ArgumentNullException.ThrowIfNull(team);
        var area = team.FocusArea switch
        {
            FocusArea.CompletedStudies => "fullföljda studier",
            FocusArea.MentalHealth => "psykisk hälsa",
            FocusArea.PhysicalActivity => "fysisk aktivitet",
            _ => null,
        };
        var aim = ProseText.Clean(team.Aim);
        if (area is null) return aim.Length > 0 ? ProseText.Sentence($"Teamets mål: {aim}") : null;
        return aim.Length > 0 ? ProseText.Sentence($"Teamet arbetar med {area}: {ProseText.InSentence(aim)}") : $"Teamet arbetar med {area}.";
    }

    /// <summary>
    /// "Teamet skattar sig nu till 3,0 (måttlig förbättring), ett halvt steg högre än förra gången." A first report, a
    /// rating that stayed, rose or fell, and a team that skipped the last meeting each read their own way.
    /// </summary>
    public static string Rating(TeamReport report, ImprovementScale scale)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(scale);
        var now = report.Now!.Rating;
        var label = scale.Find(now)?.Label is { Length: > 0 } l ? $" ({ProseText.InSentence(l)})" : string.Empty;
        var rating = $"{ImprovementScale.Format(now, Text.Language.Swedish)}{label}";
        if (report.Previous is { } previous)
            return previous.Rating == now
                ? $"Teamet skattar sig till {rating}, samma som förra gången."
                : $"Teamet skattar sig nu till {rating}, {Moved(now, previous.Rating)} än förra gången.";
        if (report.Earlier is { } earlier)
            return earlier.Rating == now
                ? $"Teamet skattar sig till {rating}, samma som inför träff {earlier.MeetingOrdinal}, då de rapporterade senast."
                : $"Teamet skattar sig nu till {rating}, {Moved(now, earlier.Rating)} än inför träff {earlier.MeetingOrdinal}, då de rapporterade senast.";
        return $"I sin första rapport skattar teamet sig till {rating}.";
    }

    private static string Moved(decimal now, decimal before) =>
        $"{SwedishNumbers.Steps(now - before)} {(now > before ? "högre" : "lägre")}";

    private static IEnumerable<string> Pgsa(CheckIn.TeamCheckIn now, bool firstReport)
    {
        if (ProseText.Clean(now.Tested).Length > 0)
            yield return $"{(firstReport ? "De har testat" : "Sedan förra träffen har de testat")}: {ProseText.QuoteAtEnd(now.Tested)}";
        if (ProseText.Clean(now.Learned).Length > 0) yield return $"De har lärt sig: {ProseText.QuoteAtEnd(now.Learned)}";
        if (ProseText.Clean(now.NextStep).Length > 0) yield return $"Som nästa steg planerar de: {ProseText.QuoteAtEnd(now.NextStep)}";
    }
}
