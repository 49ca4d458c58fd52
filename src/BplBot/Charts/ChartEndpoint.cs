using BplBot.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace BplBot.Charts;

/// <summary><c>GET /charts/{token}.png</c>: the run chart a status card links to, drawn from the current data.</summary>
public static class ChartEndpoint
{
    public static IEndpointRouteBuilder MapCharts(this IEndpointRouteBuilder app)
    {
        app.MapGet(ChartLinks.Path + "{token}", GetAsync).ExcludeFromDescription();
        return app;
    }

    private static async Task<Results<FileContentHttpResult, NotFound>> GetAsync(
        string token, ChartLinks links, BplDbContext db, HttpResponse response, CancellationToken ct)
    {
        if (links.Read(token) is not { } link) return TypedResults.NotFound();
        var measure = await db.Measures.AsNoTracking().Include(m => m.Values).SingleOrDefaultAsync(m => m.Id == link.MeasureId, ct);
        if (measure is null) return TypedResults.NotFound();
        var png = RunChartRenderer.Png(ChartRequest.For(measure, MeasureAnalysis.Analyze(measure), link.Language));
        response.Headers.CacheControl = "private, max-age=600";
        return TypedResults.File(png, "image/png");
    }
}
