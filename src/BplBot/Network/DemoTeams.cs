namespace BplBot.Network;

/// <summary>The demo network's teams and their measures, with invented monthly figures for the last 14 months.</summary>
internal static class DemoTeams
{
    private const int Months = 14;

    public static List<TeamEntry> Create(DateOnly today) =>
    [
        Team("attarp", "Närvaro – var & när – vara nära", "Attarp", "Jönköping", "Fullföljda studier",
            "Öka närvaron i årskurs 7–9 på Attarpsskolan till minst 95 %.", ["Attarpsskolan"],
            Measure("narvaro", "Närvaro åk 7–9", "%", "outcome", true, "Andel närvarande lektionstimmar av schemalagda", 95m,
                Series(today, 88m, 0.35m, 1.2m, unit: "%"))),
        Team("rydaholm", "Tillsammans för ökad hälsa", "Rydaholm", "Värnamo", "Fysisk aktivitet",
            "Fler 4-åringar i Rydaholm rör sig minst 60 minuter om dagen.", ["Familjecentralen Rydaholm"],
            Measure("steg", "Steg per dag, 4-åringar (median)", "antal", "outcome", true, "Median av stegräknarnas dagsvärden", 9000m,
                Series(today, 7400m, 60m, 250m, wholeNumbers: true), noun: "steg"),
            Measure("stegraknare", "Barn med stegräknare", "antal", "process", true, "Antal 4-åringar som bär stegräknare", 30m,
                Series(today, 8m, 1.3m, 1.5m, wholeNumbers: true), noun: "barn")),
        Team("nassjo", "Stärkt föräldraskapsstöd i Nässjö", "Nässjö", "Nässjö", "Psykisk hälsa",
            "Fler familjer får tidigt stöd genom gemensamma hembesök.", ["Nassjo"],
            Measure("hembesok", "Gemensamma hembesök", "antal", "process", true, "Hembesök med BVC-sjuksköterska och kurator per månad", 20m,
                Series(today, 6m, 0.9m, 2m, wholeNumbers: true), noun: "hembesök"),
            Measure("vidare-kontakt", "Hembesök som leder till vidare kontakt med kurator", "%", "outcome", true,
                "Andel hembesök där familjen sedan har kontakt med kurator", 40m, Series(today, 18m, 1.1m, 3m, unit: "%"))),
        Team("arena-varnamo", "Arena för hälsa – barn och unga med obesitas", "Arena för hälsa", "Värnamo", "Fysisk aktivitet",
            "Fler familjer med barn med obesitas deltar i aktivitetsgrupper.", ["Arena", "Värnamo obesitas"],
            Measure("familjer", "Inskrivna familjer", "antal", "process", true, "Familjer inskrivna i aktivitetsgrupperna", 25m,
                Series(today, 9m, 0.8m, 1.5m, wholeNumbers: true), noun: "familjer")),
        Team("lanet", "Jämlikt föräldraskapsstöd", "Länet", "Hela länet", "Psykisk hälsa",
            "Alla familjecentraler i länet erbjuder baspaketet för föräldragrupper.", ["Jämlikt föräldraskapsstöd", "Lanet"],
            Measure("baspaket", "Familjecentraler som erbjuder baspaketet", "%", "outcome", true,
                "Andel familjecentraler i länet som erbjuder baspaketet", 100m, Series(today, 35m, 3m, 4m, unit: "%"))),
        Team("vetlanda", "Allaktivitetshus", "Vetlanda", "Vetlanda", "Fysisk aktivitet",
            "Fler unga, också elever i anpassad skola, använder allaktivitetshuset.", ["Allaktivitetshuset"],
            Measure("besok", "Besök per vecka", "antal", "process", true, "Genomsnittligt antal besök per vecka under månaden", 150m,
                Series(today, 70m, 4m, 9m, wholeNumbers: true), noun: "besök")),
        Team("mullsjo", "Familjecentralen i Mullsjö", "Mullsjö", "Mullsjö", "Psykisk hälsa",
            "Verksamheten utgår från vad föräldrar i Mullsjö vill ha.", ["Familjecentralen Mullsjö"],
            Measure("enkatsvar", "Svar på föräldraenkäten", "antal", "process", true, "Antal inkomna enkätsvar per månad", 40m,
                Series(today, 5m, 1.8m, 3m, wholeNumbers: true), noun: "svar")),
    ];

    private static TeamEntry Team(string key, string name, string shortName, string municipality, string focus, string aim,
        List<string> aliases, params MeasureEntry[] measures) => new()
    {
        Key = key, Name = name, ShortName = shortName, Municipality = municipality, FocusArea = focus, Aim = aim,
        Aliases = aliases, Measures = [.. measures],
    };

    private static MeasureEntry Measure(string key, string name, string unit, string kind, bool higherIsBetter,
        string definition, decimal goal, List<MeasurePoint> values, string? noun = null) => new()
    {
        Key = key, Name = name, Unit = unit, Noun = noun, Kind = kind, HigherIsBetter = higherIsBetter, Definition = definition,
        Goal = goal, Values = values,
    };

    /// <summary>A rising series with a fixed, repeatable wobble: one point at the end of each month.</summary>
    private static List<MeasurePoint> Series(DateOnly today, decimal start, decimal slope, decimal wobble, bool wholeNumbers = false, string unit = "")
    {
        var firstOfThisMonth = new DateOnly(today.Year, today.Month, 1);
        return Enumerable.Range(0, Months).Select(i =>
        {
            var date = firstOfThisMonth.AddMonths(i - Months).AddMonths(1).AddDays(-1);
            var noise = ((i * 37 + 11) % 7 - 3) / 3m * wobble;
            var value = start + slope * i + noise;
            value = wholeNumbers ? Math.Max(0, Math.Round(value)) : Math.Round(value, 1);
            return new MeasurePoint(date, unit == "%" ? Math.Min(value, 100) : value);
        }).ToList();
    }
}
