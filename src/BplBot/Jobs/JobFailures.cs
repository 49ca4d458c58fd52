using Quartz;

namespace BplBot.Jobs;

/// <summary>
/// A job that fails does not lose its work silently: the failure is logged as an error with the job and trigger, and
/// the job is fired again after <see cref="RetryAfter"/> (a one-shot trigger with the same data), up to
/// <see cref="MaxRetries"/> times. The retry is safe: jobs only plan outbox rows, which a second run does not repeat.
/// </summary>
public sealed class JobFailures(TimeProvider time, ILogger<JobFailures> logger)
{
    public const int MaxRetries = 3;
    public static readonly TimeSpan RetryAfter = TimeSpan.FromMinutes(5);
    private const string RetryKey = "bplbot.retry";

    public async Task RunAsync(IJobExecutionContext context, Func<CancellationToken, Task> work, CancellationToken ct)
    {
        if (context.Recovering)
            logger.LogWarning("Job {Job} runs again: the instance that ran it stopped mid-run ({Trigger})", context.JobDetail.Key, context.Trigger.Key);
        try
        {
            await work(ct);
        }
        catch (Exception e) when (!ct.IsCancellationRequested)
        {
            var data = new JobDataMap();
            foreach (var (key, value) in context.MergedJobDataMap) data[key] = value;
            var retry = (data.TryGetValue(RetryKey, out var n) ? Convert.ToInt32(n, System.Globalization.CultureInfo.InvariantCulture) : 0) + 1;
            if (retry > MaxRetries)
            {
                logger.LogError(e, "Job {Job} failed {Times} times and is given up ({Trigger})", context.JobDetail.Key, retry, context.Trigger.Key);
                return;
            }
            data[RetryKey] = retry;
            var at = time.GetUtcNow() + RetryAfter;
            logger.LogError(e, "Job {Job} failed ({Trigger}); it runs again at {At} (retry {Retry} of {Max})", context.JobDetail.Key, context.Trigger.Key, at, retry, MaxRetries);
            await context.Scheduler.ScheduleTrigger(TriggerBuilder.Create()
                .WithIdentity($"retry-{retry}-{context.Trigger.Key.Name}", context.Trigger.Key.Group)
                .ForJob(context.JobDetail.Key).UsingJobData(data).StartAt(at)
                .WithSimpleSchedule(s => s.WithMisfireInstruction(SimpleTriggerMisfireInstruction.FireNow)).Build(), TriggerConflict.Replace, CancellationToken.None);
        }
    }
}
