using System.ComponentModel.DataAnnotations;

namespace BplBot.Reminders;

/// <summary>Settings under <c>Reminders</c>.</summary>
public sealed class ReminderOptions : IValidatableObject
{
    public const string Section = "Reminders";

    private static readonly int[] DefaultDays = [14, 3, 1];

    /// <summary>
    /// How many days before a meeting reminders go out; empty means 14, 3 and 1. (Empty by default because the
    /// configuration binder appends to an array that already has items: [7] would become [14, 3, 1, 7].)
    /// </summary>
    public int[] DaysBefore { get; set; } = [];

    /// <summary>The days in effect, without repeats, the earliest reminder first.</summary>
    public IReadOnlyList<int> Days() => (DaysBefore.Length > 0 ? DaysBefore : DefaultDays).Distinct().OrderDescending().ToList();

    /// <summary>Local time in Europe/Stockholm.</summary>
    public TimeOnly At { get; set; } = new(9, 0);

    /// <summary>A reminder missed while the bot was down goes out when it is back, if no later than this.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "3.00:00:00", ErrorMessage = "Reminders:CatchUpWindow must be between 0 and 3 days.")]
    public TimeSpan CatchUpWindow { get; set; } = TimeSpan.FromHours(12);

    /// <summary>The weekly digest to coordinators (Quartz cron, Europe/Stockholm): Mondays at 08:00.</summary>
    public string DigestCron { get; set; } = "0 0 8 ? * MON";

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (DaysBefore.Any(d => d is < 0 or > 90))
            yield return new ValidationResult("Reminders:DaysBefore must list days between 0 and 90.", [nameof(DaysBefore)]);
        string? cronProblem = null;
        try
        {
            _ = Quartz.CronExpression.Parse(DigestCron);
        }
        catch (FormatException e)
        {
            cronProblem = e.Message;
        }
        if (cronProblem is not null)
            yield return new ValidationResult($"Reminders:DigestCron '{DigestCron}' is not a valid Quartz cron expression: {cronProblem}", [nameof(DigestCron)]);
    }
}
