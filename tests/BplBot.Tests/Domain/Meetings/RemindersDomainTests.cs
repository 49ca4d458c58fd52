using BplBot.Domain.Meetings;
using BplBot.Domain.Network;
using BplBot.Domain.Time;

namespace BplBot.Tests.Domain.Meetings;

public sealed class RemindersDomainTests
{
    [Theory]
    [InlineData(2027, 3, 28)]
    [InlineData(2026, 4, 5)]
    [InlineData(2025, 4, 20)]
    [InlineData(2024, 3, 31)]
    [InlineData(2038, 4, 25)]
    public void EasterSunday_KnownDates(int year, int month, int day) =>
        Assert.Equal(new DateOnly(year, month, day), SwedishHolidays.EasterSunday(year));

    [Theory]
    [InlineData("2027-01-01")] [InlineData("2027-01-06")] [InlineData("2027-03-26")] [InlineData("2027-03-29")]
    [InlineData("2027-05-01")] [InlineData("2027-05-06")] [InlineData("2027-06-06")] [InlineData("2027-06-25")]
    [InlineData("2027-06-26")] [InlineData("2027-11-06")] [InlineData("2027-12-24")] [InlineData("2027-12-25")]
    [InlineData("2027-12-26")] [InlineData("2027-12-31")] [InlineData("2026-06-19")] [InlineData("2026-10-31")]
    public void Holidays_2026And2027(string date) => Assert.True(SwedishHolidays.IsHoliday(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture)));

    [Theory]
    [InlineData("2027-01-07")] [InlineData("2027-03-25")] [InlineData("2027-06-24")] [InlineData("2027-11-05")]
    public void OrdinaryDays_AreNotHolidays(string date) => Assert.False(SwedishHolidays.IsHoliday(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void PreviousWorkingDay_SkipsWeekendsAndHolidays()
    {
        Assert.Equal(new DateOnly(2027, 3, 25), SwedishHolidays.OnOrBeforeWorkingDay(new DateOnly(2027, 3, 29))); // annandag påsk → Thursday
        Assert.Equal(new DateOnly(2027, 1, 15), SwedishHolidays.OnOrBeforeWorkingDay(new DateOnly(2027, 1, 17))); // Sunday → Friday
        Assert.Equal(new DateOnly(2027, 1, 18), SwedishHolidays.OnOrBeforeWorkingDay(new DateOnly(2027, 1, 18)));
    }

    private static Meeting MeetingOn(int year, int month, int day, int id = 9)
    {
        var start = Stockholm.ToInstant(new DateOnly(year, month, day), new TimeOnly(9, 0));
        var meeting = new Meeting(9, start, start.AddHours(3), "Jönköping", "");
        typeof(Meeting).GetProperty(nameof(Meeting.Id))!.SetValue(meeting, id);
        return meeting;
    }

    [Fact]
    public void Plan_DefaultOffsets_At0900Stockholm()
    {
        var plan = ReminderPlan.For(MeetingOn(2027, 1, 19), [14, 3, 1], new TimeOnly(9, 0));

        Assert.Equal([new DateOnly(2027, 1, 5), new DateOnly(2027, 1, 15), new DateOnly(2027, 1, 18)], plan.Select(r => r.Day));
        Assert.All(plan, r => Assert.Equal(new TimeOnly(9, 0), TimeOnly.FromDateTime(Stockholm.ToLocal(r.At))));
        Assert.Equal(8, plan[0].At.UtcDateTime.Hour); // winter time: UTC+1
        Assert.Equal("reminder:9:14", plan[0].Occasion);
    }

    [Fact]
    public void Plan_AcrossBothDaylightSavingChangesOf2027_StaysAt0900Local()
    {
        // Summer time starts 28 March 2027 and ends 31 October 2027.
        var spring = ReminderPlan.For(MeetingOn(2027, 4, 6), [14, 3, 1], new TimeOnly(9, 0));
        Assert.Equal([8, 7, 7], spring.Select(r => r.At.UtcDateTime.Hour)); // 23 March winter time, 2 and 5 April summer time
        var autumn = ReminderPlan.For(MeetingOn(2027, 11, 9), [14, 3, 1], new TimeOnly(9, 0));
        Assert.All(spring.Concat(autumn), r => Assert.Equal(new TimeOnly(9, 0), TimeOnly.FromDateTime(Stockholm.ToLocal(r.At))));
        Assert.Equal(7, autumn[0].At.UtcDateTime.Hour);  // 26 October: still summer time
        Assert.Equal(8, autumn[1].At.UtcDateTime.Hour);  // 5 November: winter time
    }

    [Fact]
    public void Plan_WeekendAndHolidayReminders_MoveToThePreviousWorkingDay_AndDoNotDouble()
    {
        // Meeting Tuesday 30 March 2027: 1 day before is Monday 29 March (annandag påsk), 3 days before is Saturday 27 March.
        var plan = ReminderPlan.For(MeetingOn(2027, 3, 30), [14, 3, 1], new TimeOnly(9, 0));
        Assert.Equal([new DateOnly(2027, 3, 16), new DateOnly(2027, 3, 25)], plan.Select(r => r.Day));
    }

    [Fact]
    public void Plan_CancelledMeeting_HasNoReminders()
    {
        var meeting = MeetingOn(2027, 1, 19);
        meeting.Cancel();
        Assert.Empty(ReminderPlan.For(meeting, [14, 3, 1], new TimeOnly(9, 0)));
    }

    [Theory]
    [InlineData("2027-01-19 09:00-12:00 Jönköping tema: Mätningar", "2027-01-19", "09:00", "12:00", "Jönköping", "Mätningar")]
    [InlineData("2027-1-9 9.30 Värnamo, Folkets hus", "2027-01-09", "09:30", null, "Värnamo, Folkets hus", "")]
    [InlineData("2027-01-19 09:00–15:00 theme: Spread", "2027-01-19", "09:00", "15:00", "", "Spread")]
    public void MeetingText_Parses(string text, string date, string start, string? end, string place, string theme)
    {
        var input = MeetingText.Parse(text, out var problem);
        Assert.Null(problem);
        Assert.Equal(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), input!.Date);
        Assert.Equal(TimeOnly.Parse(start, System.Globalization.CultureInfo.InvariantCulture), input.Start);
        Assert.Equal(end is null ? null : TimeOnly.Parse(end, System.Globalization.CultureInfo.InvariantCulture), input.End);
        Assert.Equal(place, input.Place);
        Assert.Equal(theme, input.Theme);
    }

    [Theory]
    [InlineData("19 januari", "Skriv datum och tid så här")]
    [InlineData("2027-02-30 09:00", "inget giltigt datum")]
    [InlineData("2027-01-19 25:00", "Tiden ska skrivas")]
    [InlineData("2027-01-19 12:00-09:00", "måste sluta efter")]
    [InlineData("2027-01-19 09:00 Jönköping tema: Elev 811218-9876", "ser ut som ett personnummer")]
    [InlineData("2027-01-19 09:00 Hos 19811218-9876", "ser ut som ett personnummer")]
    public void MeetingText_ExplainsProblems(string text, string expected)
    {
        Assert.Null(MeetingText.Parse(text, out var problem));
        Assert.Contains(expected, problem!.Value.Swedish, StringComparison.Ordinal);
        Assert.DoesNotContain("9876", problem.Value.Swedish + problem.Value.English, StringComparison.Ordinal);
    }

    [Fact]
    public void MeetingText_RefusesAPlaceOrThemeTooLongToStore()
    {
        Assert.Null(MeetingText.Parse("2027-01-19 09:00 " + new string('x', MeetingText.PlaceMaxLength + 1), out var place));
        Assert.Contains("högst 100", place!.Value.Swedish, StringComparison.Ordinal);
        Assert.Null(MeetingText.Parse("2027-01-19 09:00 Eksjö tema: " + new string('x', MeetingText.ThemeMaxLength + 1), out var theme));
        Assert.Contains("högst 200", theme!.Value.Swedish, StringComparison.Ordinal);
    }
}
