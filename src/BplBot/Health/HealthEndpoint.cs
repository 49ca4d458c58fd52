using BplBot.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Quartz;

namespace BplBot.Health;

public sealed record HealthReport(string Status, string Database, string Scheduler);

public static class HealthEndpoint
{
    /// <summary><c>GET /healthz</c>: 200 when the database answers and the scheduler runs, else 503 with what is wrong.</summary>
    public static IEndpointRouteBuilder MapHealth(this IEndpointRouteBuilder app)
    {
        app.MapGet("/healthz", CheckAsync);
        return app;
    }

    private static async Task<Results<Ok<HealthReport>, JsonHttpResult<HealthReport>>> CheckAsync(
        BplDbContext db, ISchedulerFactory schedulers, CancellationToken ct)
    {
        var database = await db.Database.CanConnectAsync(ct) ? "ok" : "unreachable";
        var scheduler = await SchedulerStateAsync(schedulers, ct);
        var healthy = database == "ok" && scheduler == "running";
        var report = new HealthReport(healthy ? "healthy" : "unhealthy", database, scheduler);
        return healthy ? TypedResults.Ok(report) : TypedResults.Json(report, statusCode: StatusCodes.Status503ServiceUnavailable);
    }

    private static async Task<string> SchedulerStateAsync(ISchedulerFactory schedulers, CancellationToken ct)
    {
        var scheduler = await schedulers.GetScheduler(ct);
        return await scheduler.GetStatus(ct) switch
        {
            SchedulerStatus.Running => "running",
            SchedulerStatus.Standby => "standby",
            SchedulerStatus.Created => "not started",
            var other => other.ToString().ToLowerInvariant(),
        };
    }
}
