using BplBot.Domain.Measures;
using BplBot.Domain.Network;
using BplBot.Domain.Time;

namespace BplBot.Tests.Domain;

public sealed class MeetingAndMeasureTests
{
    [Fact]
    public void Meeting_EndingBeforeItStarts_IsRefused()
    {
        var start = new DateTimeOffset(2027, 1, 19, 8, 0, 0, TimeSpan.Zero);
        Assert.Throws<ArgumentException>(() => new Meeting(9, start, start.AddHours(-1), "Jönköping", "Mätningar"));
    }

    [Fact]
    public void Meeting_Cancelled_IsNotUpcoming()
    {
        var start = new DateTimeOffset(2027, 1, 19, 8, 0, 0, TimeSpan.Zero);
        var meeting = new Meeting(9, start, start.AddHours(3), "Jönköping", "Mätningar");
        Assert.True(meeting.IsUpcoming(start.AddDays(-1)));
        meeting.Cancel();
        Assert.False(meeting.IsUpcoming(start.AddDays(-1)));
    }

    [Fact]
    public void Measure_PercentageOutsideZeroToHundred_IsRefused()
    {
        var measure = new MeasureDefinition(1, "narvaro", "Närvaro", "%", MeasureKind.Outcome, higherIsBetter: true);
        Assert.Throws<ArgumentOutOfRangeException>(() => measure.Record(new DateOnly(2026, 1, 31), 101m, DateTimeOffset.UnixEpoch));
        Assert.Throws<ArgumentOutOfRangeException>(() => measure.SetGoal(-1m, null));
        measure.Record(new DateOnly(2026, 1, 31), 92.5m, DateTimeOffset.UnixEpoch);
        Assert.Single(measure.Values);
    }

    [Fact]
    public void Measure_SecondValueForADate_ReplacesTheFirst()
    {
        var measure = new MeasureDefinition(1, "besok", "Besök", "antal", MeasureKind.Process, higherIsBetter: true);
        var date = new DateOnly(2026, 1, 31);
        measure.Record(date, 10m, DateTimeOffset.UnixEpoch);
        measure.Record(date, 12m, DateTimeOffset.UnixEpoch.AddDays(1));
        Assert.Equal(12m, Assert.Single(measure.Values).Value);
    }

    [Fact]
    public void Stockholm_WallClockAcrossDaylightSaving_MapsToTheRightInstant()
    {
        // 09:00 in winter is 08:00 UTC, in summer 07:00 UTC.
        Assert.Equal(new DateTimeOffset(2027, 1, 19, 8, 0, 0, TimeSpan.Zero), Stockholm.ToInstant(new DateTime(2027, 1, 19, 9, 0, 0)));
        Assert.Equal(new DateTimeOffset(2027, 5, 18, 7, 0, 0, TimeSpan.Zero), Stockholm.ToInstant(new DateTime(2027, 5, 18, 9, 0, 0)));
        // 02:30 on 28 March 2027 does not exist in Stockholm; it becomes 03:30 local, 01:30 UTC.
        Assert.Equal(new DateTimeOffset(2027, 3, 28, 1, 30, 0, TimeSpan.Zero), Stockholm.ToInstant(new DateTime(2027, 3, 28, 2, 30, 0)));
    }
}
