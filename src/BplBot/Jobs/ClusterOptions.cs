using System.ComponentModel.DataAnnotations;

namespace BplBot.Jobs;

/// <summary>
/// Settings under <c>Jobs</c> for the Quartz cluster on PostgreSQL: how often each instance says it is alive, and how
/// late a check-in may be before the others take its jobs over. The threshold must exceed the worst pause an instance
/// can have (GC, a VM stall, a database failover), or a live instance's job runs twice.
/// </summary>
public sealed class ClusterOptions
{
    public const string Section = "Jobs";

    [Range(typeof(TimeSpan), "00:00:01", "00:10:00", ErrorMessage = "Jobs:CheckinInterval must be between 1 second and 10 minutes.")]
    public TimeSpan CheckinInterval { get; set; } = TimeSpan.FromSeconds(7.5);

    [Range(typeof(TimeSpan), "00:00:01", "00:10:00", ErrorMessage = "Jobs:CheckinMisfireThreshold must be between 1 second and 10 minutes.")]
    public TimeSpan CheckinMisfireThreshold { get; set; } = TimeSpan.FromSeconds(15);
}
