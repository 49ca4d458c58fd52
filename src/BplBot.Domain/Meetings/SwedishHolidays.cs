namespace BplBot.Domain.Meetings;

/// <summary>
/// Swedish public holidays (allmänna helgdagar, lag 1989:253) plus the days that work like them
/// (midsommarafton, julafton, nyårsafton), and the working-day arithmetic reminders need.
/// </summary>
public static class SwedishHolidays
{
    public static bool IsHoliday(DateOnly date) => For(date.Year).Contains(date);

    public static bool IsWorkingDay(DateOnly date) =>
        date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !IsHoliday(date);

    /// <summary>The date itself if it is a working day, else the closest working day before it.</summary>
    public static DateOnly OnOrBeforeWorkingDay(DateOnly date)
    {
        while (!IsWorkingDay(date)) date = date.AddDays(-1);
        return date;
    }

    public static IReadOnlySet<DateOnly> For(int year)
    {
        var easter = EasterSunday(year);
        var midsummer = FirstSaturdayFrom(new DateOnly(year, 6, 20));
        var allSaints = FirstSaturdayFrom(new DateOnly(year, 10, 31));
        return new HashSet<DateOnly>
        {
            new(year, 1, 1),            // nyårsdagen
            new(year, 1, 6),            // trettondedag jul
            easter.AddDays(-2),         // långfredagen
            easter,                     // påskdagen
            easter.AddDays(1),          // annandag påsk
            new(year, 5, 1),            // första maj
            easter.AddDays(39),         // Kristi himmelsfärdsdag
            easter.AddDays(49),         // pingstdagen
            new(year, 6, 6),            // Sveriges nationaldag
            midsummer.AddDays(-1),      // midsommarafton
            midsummer,                  // midsommardagen
            allSaints,                  // alla helgons dag
            new(year, 12, 24),          // julafton
            new(year, 12, 25),          // juldagen
            new(year, 12, 26),          // annandag jul
            new(year, 12, 31),          // nyårsafton
        };
    }

    private static DateOnly FirstSaturdayFrom(DateOnly from) =>
        from.AddDays(((int)DayOfWeek.Saturday - (int)from.DayOfWeek + 7) % 7);

    /// <summary>Gregorian Easter Sunday (the anonymous Gregorian algorithm).</summary>
    public static DateOnly EasterSunday(int year)
    {
        var a = year % 19;
        var b = year / 100;
        var c = year % 100;
        var d = b / 4;
        var e = b % 4;
        var f = (b + 8) / 25;
        var g = (b - f + 1) / 3;
        var h = (19 * a + b - d - g + 15) % 30;
        var i = c / 4;
        var k = c % 4;
        var l = (32 + 2 * e + 2 * i - h - k) % 7;
        var m = (a + 11 * h + 22 * l) / 451;
        var month = (h + l - 7 * m + 114) / 31;
        var day = ((h + l - 7 * m + 114) % 31) + 1;
        return new DateOnly(year, month, day);
    }
}
