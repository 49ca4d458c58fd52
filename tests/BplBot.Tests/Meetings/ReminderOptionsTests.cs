using System.ComponentModel.DataAnnotations;
using BplBot.Reminders;
using Microsoft.Extensions.Configuration;

namespace BplBot.Tests.Meetings;

public sealed class ReminderOptionsTests
{
    private static ReminderOptions Bind(params (string Key, string Value)[] settings)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(settings.Select(s => new KeyValuePair<string, string?>(s.Key, s.Value))).Build();
        return configuration.GetSection(ReminderOptions.Section).Get<ReminderOptions>() ?? new ReminderOptions();
    }

    [Fact]
    public void Days_DefaultTo14_3_1()
    {
        Assert.Equal([14, 3, 1], Bind().Days());
    }

    [Fact]
    public void Days_Configured_ReplaceTheDefault_NotAppendToIt()
    {
        Assert.Equal([7], Bind(("Reminders:DaysBefore:0", "7")).Days());
        Assert.Equal([10, 2], Bind(("Reminders:DaysBefore:0", "2"), ("Reminders:DaysBefore:1", "10"), ("Reminders:DaysBefore:2", "2")).Days());
    }

    [Theory]
    [InlineData("Reminders:DaysBefore:0", "91", "Reminders:DaysBefore")]
    [InlineData("Reminders:DigestCron", "every monday", "Reminders:DigestCron")]
    public void BadSettings_AreNamed(string key, string value, string named)
    {
        var options = Bind((key, value));
        var problems = new List<ValidationResult>();
        Validator.TryValidateObject(options, new ValidationContext(options), problems, validateAllProperties: true);
        Assert.Contains(problems, p => p.ErrorMessage!.StartsWith(named, StringComparison.Ordinal));
    }
}
