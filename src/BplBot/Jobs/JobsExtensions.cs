using BplBot.Data;
using BplBot.Digest;
using BplBot.Domain.Time;
using BplBot.Hosting;
using BplBot.Reminders;
using Quartz;

namespace BplBot.Jobs;

public static class JobsExtensions
{
    /// <summary>
    /// Quartz with its ADO.NET job store in the bot's own database, so schedules survive restarts. On PostgreSQL the
    /// instances form one Quartz cluster: each trigger fires once in it, and a job whose instance died mid-run is run
    /// again by another (its work is idempotent: it only plans outbox rows keyed by occasion and recipient).
    /// </summary>
    public static WebApplicationBuilder AddJobs(this WebApplicationBuilder builder)
    {
        var connectionString = builder.Configuration.ConnectionString();
        var provider = DatabaseProviders.FromConfiguration(builder.Configuration);
        // Read here because Quartz's triggers are declared at registration; the same sections are validated at start.
        var reminders = builder.Configuration.GetSection(ReminderOptions.Section).Get<ReminderOptions>() ?? new ReminderOptions();
        var cluster = builder.Configuration.GetSection(ClusterOptions.Section).Get<ClusterOptions>() ?? new ClusterOptions();
        // Quartz keeps schedulers by name per process; a host may run several (tests do), so the name is a setting.
        // Every instance of one cluster shares it; each has its own instance id.
        var instance = builder.Configuration[InstanceName.SettingKey]!;
        var schedulerName = builder.Configuration["Jobs:SchedulerName"] is { Length: > 0 } name ? name : "BplBot";
        builder.Services.AddOptions<ClusterOptions>().BindConfiguration(ClusterOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddQuartz(q =>
        {
            q.ConfigureScheduler(options =>
            {
                options.InstanceName = schedulerName;
                if (provider == DatabaseProvider.PostgreSql) options.InstanceId = instance;
            });
            q.UsePersistentStore(store =>
            {
                if (provider == DatabaseProvider.PostgreSql)
                {
                    store.UsePostgres(connectionString);
                    store.UseClustering(c =>
                    {
                        c.CheckinInterval = cluster.CheckinInterval;
                        c.CheckinMisfireThreshold = cluster.CheckinMisfireThreshold;
                    });
                }
                else store.UseSqlite(connectionString);
                store.UseSystemTextJsonSerializer();
                store.ProvisionSchema();
            });
            q.AddJob<PruneProcessedActivitiesJob>(job => job.WithIdentity(PruneProcessedActivitiesJob.Key).StoreDurably());
            q.AddTrigger(trigger => trigger
                .ForJob(PruneProcessedActivitiesJob.Key)
                .WithIdentity("prune-processed-activities-nightly", "maintenance")
                .WithCronSchedule("0 30 3 * * ?", cron => cron.InTimeZone(Stockholm.Zone).WithMisfireInstruction(CronTriggerMisfireInstruction.FireAndProceed)));
            // Interrupted by a dead instance, these run again elsewhere (Recovering): planning the same rows again adds nothing.
            q.AddJob<MeetingReminderJob>(job => job.WithIdentity(MeetingReminderJob.Key).StoreDurably().RequestRecovery());
            q.AddJob<DigestJob>(job => job.WithIdentity(DigestJob.Key).StoreDurably().RequestRecovery());
            q.AddJob<Newsletter.NewsletterJob>(job => job.WithIdentity(Newsletter.NewsletterJob.Key).StoreDurably().RequestRecovery());
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
        // Before the scheduler starts: the job this version no longer has leaves the store.
        builder.Services.AddHostedService<LegacyJobs>();
        builder.Services.AddQuartzHostedService(options => options.WaitForJobsToComplete = true);
        builder.Services.AddHostedService<ReminderStartupSync>();
        builder.Services.AddSingleton<JobFailures>();
        return builder;
    }
}
