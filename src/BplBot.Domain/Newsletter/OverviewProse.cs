using BplBot.Domain.Rating;
using BplBot.Domain.Text;

namespace BplBot.Domain.Newsletter;

/// <summary>
/// The self-rating round in sentences: "Sju av nio team rapporterade inför träffen. Medianen för skattningen är 3,0,
/// ett halvt steg högre än i maj. Fem av sju team skattar sig till 3,0 eller mer, och två till 4,0 eller mer –
/// nätverkets mått på framgång."
/// </summary>
public static class OverviewProse
{
    /// <param name="previousMeeting">The day of the meeting before, whose median is compared with.</param>
    /// <param name="ahead">The meeting has not been held yet: "Hittills har två av sju team rapporterat".</param>
    public static IReadOnlyList<string> Sentences(NetworkOverview o, DateOnly meetingDay, DateOnly? previousMeeting, bool ahead)
    {
        ArgumentNullException.ThrowIfNull(o);
        var sentences = new List<string> { Reported(o, ahead) };
        if (o.Median is not { } median) return sentences;
        var rating = Rating(median);
        var since = previousMeeting is { } day ? $"i {Months.Name(day, Language.Swedish, meetingDay)}" : "förra gången";
        sentences.Add(o.MedianChange switch
        {
            null => $"Medianen för skattningen är {rating}.",
            0 => $"Medianen för skattningen är {rating}, samma som {since}.",
            // A median of an even count can fall between steps: then the old value says more than "0,75 steg".
            var change when change * 2 != decimal.Truncate(change.Value * 2) =>
                $"Medianen för skattningen är {rating}, {(change > 0 ? "upp" : "ner")} från {Rating(o.PreviousMedian!.Value)} {since}.",
            var change => $"Medianen för skattningen är {rating}, {SwedishNumbers.Steps(change.Value)} {(change > 0 ? "högre" : "lägre")} än {since}.",
        });
        var at3 = o.Distribution.Where(b => b.Score >= 3.0m).Sum(b => b.Teams);
        var at4 = o.Distribution.Where(b => b.Score >= 4.0m).Sum(b => b.Teams);
        sentences.Add($"{SwedishNumbers.Capitalized(Count(at3, o.TeamsReported))} skattar sig till 3,0 eller mer, och "
            + $"{(at4 == 0 ? "inget" : SwedishNumbers.Word(at4))} till 4,0 eller mer – nätverkets mått på framgång.");
        return sentences;
    }

    private static string Reported(NetworkOverview o, bool ahead)
    {
        if (o.TeamsReported == 0)
            return ahead ? "Inget team har rapporterat inför träffen än." : "Inget team rapporterade inför träffen.";
        var count = Count(o.TeamsReported, o.TeamsInNetwork);
        return ahead ? $"Hittills har {count} rapporterat inför träffen." : $"{SwedishNumbers.Capitalized(count)} rapporterade inför träffen.";
    }

    /// <summary>"sju av nio team", "ett av sju team", "inget av sju team", "båda teamen", "alla fem team".</summary>
    private static string Count(int part, int whole) => (part, whole) switch
    {
        (0, _) => $"inget av {SwedishNumbers.Word(whole)} team",
        (1, 1) => "teamet",
        (2, 2) => "båda teamen",
        _ when part == whole => $"alla {SwedishNumbers.Word(whole)} team",
        _ => $"{SwedishNumbers.Word(part)} av {SwedishNumbers.Word(whole)} team",
    };

    private static string Rating(decimal score) =>
        score * 2 == decimal.Truncate(score * 2) ? ImprovementScale.Format(score, Language.Swedish) : SwedishNumbers.Number(score);

    /// <summary>The distribution chart's text alternative: which steps have how many teams.</summary>
    public static string DistributionAlt(NetworkOverview o)
    {
        ArgumentNullException.ThrowIfNull(o);
        return o.TeamsReported == 0
            ? "Stapeldiagram över teamens självskattning: inga skattningar."
            : "Stapeldiagram över teamens självskattning: " + string.Join(", ", o.StepsWithTeams
                .Select(b => $"{ImprovementScale.Format(b.Score, Language.Swedish)}: {SwedishNumbers.Word(b.Teams)} team")) + ".";
    }
}
