namespace BplBot.Export;

/// <summary>The export's CSV tables: teams, measures, values, check-ins and meetings (see <c>docs/export.md</c>).</summary>
public static class ArchiveCsv
{
    public static IEnumerable<(string Name, CsvTable Table)> Tables(ArchiveData data)
    {
        var teams = new CsvTable("id", "key", "name", "short_name", "municipality", "focus_area", "aim");
        foreach (var t in data.Teams) teams.Add(t.Id, t.Key, t.Name, t.ShortName, t.Municipality, t.FocusArea, t.Aim);
        yield return ("teams", teams);

        var measures = new CsvTable("id", "team_key", "key", "name", "unit", "count_noun", "kind", "higher_is_better", "goal", "goal_date");
        foreach (var m in data.Measures) measures.Add(m.Id, m.TeamKey, m.Key, m.Name, m.Unit, m.CountNoun, m.Kind, m.HigherIsBetter, m.Goal, m.GoalDate);
        yield return ("measures", measures);

        var values = new CsvTable("team_key", "measure_key", "date", "value", "recorded_at", "check_in_id");
        foreach (var m in data.Measures)
            foreach (var v in m.Values) values.Add(m.TeamKey, m.Key, v.Date, v.Value, v.RecordedAt, v.CheckInId);
        yield return ("values", values);

        var checkIns = new CsvTable("id", "team_key", "meeting", "submitted_at", "author", "rating", "reason", "tested", "learned", "next_step",
            "support_topic", "superseded_at");
        foreach (var c in data.CheckIns)
            checkIns.Add(c.Id, c.TeamKey, c.Meeting, c.SubmittedAt, c.Author, c.Rating, c.Reason, c.Tested, c.Learned, c.NextStep, c.SupportTopic,
                c.SupersededAt);
        yield return ("check-ins", checkIns);

        var meetings = new CsvTable("ordinal", "starts_at", "ends_at", "place", "theme", "cancelled");
        foreach (var m in data.Meetings) meetings.Add(m.Ordinal, m.StartsAt, m.EndsAt, m.Place, m.Theme, m.Cancelled);
        yield return ("meetings", meetings);
    }
}
