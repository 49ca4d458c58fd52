using BplBot.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Quartz;

namespace BplBot.Health;

/// <summary>One instance of the Quartz cluster, as it last checked in.</summary>
public sealed record SchedulerInstance(string Id, DateTimeOffset LastCheckIn, bool ThisInstance);

public sealed record HealthReport(string Status, string Provider, string Database, string Scheduler, IReadOnlyList<SchedulerInstance>? Cluster = null);

public static class HealthEndpoint
{
    /// <summary>
    /// <c>GET /healthz</c>: 200 when the database answers and the scheduler runs, else 503 with what is wrong. It names
    /// the provider and, on PostgreSQL, the cluster's scheduler instances (from Quartz's own check-in table).
    /// </summary>
    public static IEndpointRouteBuilder MapHealth(this IEndpointRouteBuilder app)
    {
        app.MapGet("/healthz", CheckAsync);
        return app;
    }

    private static async Task<Results<Ok<HealthReport>, JsonHttpResult<HealthReport>>> CheckAsync(
        BplDbContext db, ActiveDatabase active, ISchedulerFactory schedulers, CancellationToken ct)
    {
        var database = await db.Database.CanConnectAsync(ct) ? "ok" : "unreachable";
        var scheduler = await schedulers.GetScheduler(ct);
        var state = await SchedulerStateAsync(scheduler, ct);
        var cluster = active.Provider == DatabaseProvider.PostgreSql && database == "ok" ? await ClusterAsync(db, scheduler, ct) : null;
        var healthy = database == "ok" && state == "running";
        var report = new HealthReport(healthy ? "healthy" : "unhealthy", active.Provider == DatabaseProvider.Sqlite ? "sqlite" : "postgresql", database, state, cluster);
        return healthy ? TypedResults.Ok(report) : TypedResults.Json(report, statusCode: StatusCodes.Status503ServiceUnavailable);
    }

    private static async Task<string> SchedulerStateAsync(IScheduler scheduler, CancellationToken ct) => await scheduler.GetStatus(ct) switch
    {
        SchedulerStatus.Running => "running",
        SchedulerStatus.Standby => "standby",
        SchedulerStatus.Created => "not started",
        var other => other.ToString().ToLowerInvariant(),
    };

    /// <summary>Quartz keeps each instance's last check-in (ticks, UTC) in <c>qrtz_scheduler_state</c>.</summary>
    private static async Task<IReadOnlyList<SchedulerInstance>> ClusterAsync(BplDbContext db, IScheduler scheduler, CancellationToken ct)
    {
        var rows = await db.Database.SqlQuery<CheckIn>(
            $"SELECT instance_name AS \"Id\", last_checkin_time AS \"Ticks\" FROM qrtz_scheduler_state WHERE sched_name = {scheduler.SchedulerName} ORDER BY instance_name")
            .ToListAsync(ct);
        return rows.Select(r => new SchedulerInstance(r.Id, new DateTimeOffset(r.Ticks, TimeSpan.Zero), r.Id == scheduler.SchedulerInstanceId)).ToList();
    }

    private sealed class CheckIn
    {
        public string Id { get; init; } = string.Empty;
        public long Ticks { get; init; }
    }
}
