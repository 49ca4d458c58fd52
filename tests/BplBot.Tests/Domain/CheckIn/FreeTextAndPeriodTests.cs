using BplBot.Domain.CheckIn;
using BplBot.Domain.Network;
using BplBot.Domain.Text;
using BplBot.Domain.Time;

namespace BplBot.Tests.Domain.CheckIn;

public sealed class FreeTextAndPeriodTests
{
    [Fact]
    public void FreeText_Rules()
    {
        Assert.Equal(new FreeTextCheck.Ok("Vi testade nya tider"), FreeText.Check("  Vi testade nya tider \n", 300));
        Assert.Equal(new FreeTextCheck.Ok("rad 1\nrad 2"), FreeText.Check("rad 1\r\nrad 2", 300));
        Assert.IsType<FreeTextCheck.Empty>(FreeText.Check("   ", 300));
        Assert.Equal(new FreeTextCheck.TooLong(10, 11), FreeText.Check(new string('x', 11), 10));
        Assert.IsType<FreeTextCheck.ContainsIdentityNumber>(FreeText.Check("Barnet 811218-9876", 300));
        // Even text that is too long is refused for the number first, so the number is never echoed in a length message.
        Assert.IsType<FreeTextCheck.ContainsIdentityNumber>(FreeText.Check(new string('x', 400) + " 811218-9876", 300));
    }

    [Fact]
    public void FreeText_Describe_InBothLanguages()
    {
        Assert.Contains("personnummer", FreeText.Describe(new FreeTextCheck.ContainsIdentityNumber(), Language.Swedish), StringComparison.Ordinal);
        Assert.Contains("identity number", FreeText.Describe(new FreeTextCheck.ContainsIdentityNumber(), Language.English), StringComparison.Ordinal);
        Assert.Contains("högst 300", FreeText.Describe(new FreeTextCheck.TooLong(300, 412), Language.Swedish), StringComparison.Ordinal);
        Assert.Contains("at most 300", FreeText.Describe(new FreeTextCheck.TooLong(300, 412), Language.English), StringComparison.Ordinal);
    }

    private static Meeting At(int ordinal, int year, int month, int day, bool cancelled = false)
    {
        var start = Stockholm.ToInstant(new DateOnly(year, month, day), new TimeOnly(9, 0));
        var meeting = new Meeting(ordinal, start, start.AddHours(3), "Jönköping", "");
        if (cancelled) meeting.Cancel();
        return meeting;
    }

    private static readonly Meeting[] Meetings = [At(8, 2026, 5, 19), At(9, 2027, 1, 19), At(10, 2027, 3, 30, cancelled: true), At(11, 2027, 4, 20)];

    [Fact]
    public void Period_BetweenMeetings_EndsAtTheNext()
    {
        var period = ReportPeriod.For(Meetings, new DateTimeOffset(2026, 11, 24, 12, 0, 0, TimeSpan.Zero));
        Assert.Equal(9, period.MeetingOrdinal);
        Assert.Equal(Meetings[0].StartsAt, period.StartsAfter);
        Assert.Equal(Meetings[1].StartsAt, period.EndsAt);
        Assert.Equal("perioden fram till träff 9 den 19 januari 2027", period.Describe(Language.Swedish));
        Assert.Equal("the period up to meeting 9 on 19 January 2027", period.Describe(Language.English));
    }

    [Fact]
    public void Period_BeforeTheFirstMeeting_HasNoStart()
    {
        var period = ReportPeriod.For(Meetings, new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));
        Assert.Equal(8, period.MeetingOrdinal);
        Assert.Null(period.StartsAfter);
    }

    [Fact]
    public void Period_AtAMeetingsStart_BelongsToTheNextPeriod()
    {
        var period = ReportPeriod.For(Meetings, Meetings[1].StartsAt);
        Assert.Equal(11, period.MeetingOrdinal); // meeting 10 is cancelled
        Assert.Equal(Meetings[1].StartsAt, period.StartsAfter);
        Assert.True(period.Contains(Meetings[1].StartsAt));
        Assert.False(period.Contains(Meetings[1].StartsAt.AddTicks(-1)));
        Assert.False(period.Contains(Meetings[3].StartsAt));
    }

    [Fact]
    public void Period_AfterTheLastMeeting_IsOpen()
    {
        var period = ReportPeriod.Current(Meetings, new DateTimeOffset(2027, 6, 1, 0, 0, 0, TimeSpan.Zero));
        Assert.True(period.IsOpen);
        Assert.Null(period.MeetingId);
        Assert.Equal(Meetings[3].StartsAt, period.StartsAfter);
        Assert.Contains("ingen ny träff är planerad", period.Describe(Language.Swedish), StringComparison.Ordinal);
    }

    [Fact]
    public void Period_DateIsTheStockholmDate_AcrossDaylightSaving()
    {
        // 00:30 Stockholm on 29 March 2027 (summer time) is 22:30 UTC the day before.
        var start = Stockholm.ToInstant(new DateOnly(2027, 3, 29), new TimeOnly(0, 30));
        var late = new Meeting(12, start, start.AddHours(1), "", "");
        var period = ReportPeriod.For([late], start.AddDays(-1));
        Assert.Equal(28, start.UtcDateTime.Day);
        Assert.Contains("29 mars 2027", period.Describe(Language.Swedish), StringComparison.Ordinal);
    }
}
