using BplBot.Data;
using BplBot.Domain.Time;
using BplBot.Digest;
using BplBot.Outbox;
using BplBot.Reminders;
using Quartz;

namespace BplBot.Jobs;

public static class JobsExtensions
{
    /// <summary>Quartz with its ADO.NET job store in the bot's own database, so schedules survive restarts.</summary>
    public static WebApplicationBuilder AddJobs(this WebApplicationBuilder builder)
    {
        var connectionString = builder.Configuration.ConnectionString();
        // Read here because Quartz's triggers are declared at registration; the same sections are validated at start.
        var outbox = builder.Configuration.GetSection(OutboxOptions.Section).Get<OutboxOptions>() ?? new OutboxOptions();
        var reminders = builder.Configuration.GetSection(ReminderOptions.Section).Get<ReminderOptions>() ?? new ReminderOptions();
        // Quartz keeps schedulers by name per process; a host may run several (tests do), so the name is a setting.
        var schedulerName = builder.Configuration["Jobs:SchedulerName"] is { Length: > 0 } name ? name : "BplBot";
        builder.Services.AddQuartz(q =>
        {
            q.ConfigureScheduler(options => options.InstanceName = schedulerName);
            q.UsePersistentStore(store =>
            {
                store.UseSqlite(connectionString);
                store.UseSystemTextJsonSerializer();
                store.ProvisionSchema();
            });
            q.AddJob<PruneProcessedActivitiesJob>(job => job.WithIdentity(PruneProcessedActivitiesJob.Key).StoreDurably());
            q.AddTrigger(trigger => trigger
                .ForJob(PruneProcessedActivitiesJob.Key)
                .WithIdentity("prune-processed-activities-nightly", "maintenance")
                .WithCronSchedule("0 30 3 * * ?", cron => cron.InTimeZone(Stockholm.Zone).WithMisfireInstruction(CronTriggerMisfireInstruction.FireAndProceed)));
            q.AddJob<OutboxDispatchJob>(job => job.WithIdentity(OutboxDispatchJob.Key).StoreDurably());
            q.AddTrigger(trigger => trigger
                .ForJob(OutboxDispatchJob.Key)
                .WithIdentity("outbox-poll", "outbox")
                .StartNow()
                .WithSimpleSchedule(s => s.WithInterval(outbox.PollInterval).RepeatForever()
                    .WithMisfireInstruction(SimpleTriggerMisfireInstruction.NextWithRemainingCount)));
            q.AddJob<MeetingReminderJob>(job => job.WithIdentity(MeetingReminderJob.Key).StoreDurably());
            q.AddJob<DigestJob>(job => job.WithIdentity(DigestJob.Key).StoreDurably());
            q.AddJob<Newsletter.NewsletterJob>(job => job.WithIdentity(Newsletter.NewsletterJob.Key).StoreDurably());
            q.AddTrigger(trigger => trigger
                .ForJob(DigestJob.Key)
                .WithIdentity("weekly-digest", "digest")
                .WithCronSchedule(reminders.DigestCron, cron => cron.InTimeZone(Stockholm.Zone).WithMisfireInstruction(CronTriggerMisfireInstruction.FireAndProceed)));
            q.AddJob<PruneExpiredDialogsJob>(job => job.WithIdentity(PruneExpiredDialogsJob.Key).StoreDurably());
            q.AddTrigger(trigger => trigger
                .ForJob(PruneExpiredDialogsJob.Key)
                .WithIdentity("prune-expired-dialogs-nightly", "maintenance")
                .WithCronSchedule("0 40 3 * * ?", cron => cron.InTimeZone(Stockholm.Zone).WithMisfireInstruction(CronTriggerMisfireInstruction.FireAndProceed)));
            q.AddJob<Retention.RetentionJob>(job => job.WithIdentity(Retention.RetentionJob.Key).StoreDurably());
            q.AddTrigger(trigger => trigger
                .ForJob(Retention.RetentionJob.Key)
                .WithIdentity("retention-nightly", "maintenance")
                .WithCronSchedule(Retention.RetentionJob.Cron, cron => cron.InTimeZone(Stockholm.Zone).WithMisfireInstruction(CronTriggerMisfireInstruction.FireAndProceed)));
        });
        builder.Services.AddQuartzHostedService(options => options.WaitForJobsToComplete = true);
        builder.Services.AddHostedService<ReminderStartupSync>();
        return builder;
    }
}
