using Microsoft.AspNetCore.Http.HttpResults;

namespace BplBot.Charts;

/// <summary><c>GET /charts/{token}.png</c>: a chart image exactly as it was drawn for the card that links to it.</summary>
public static class ChartEndpoint
{
    public static IEndpointRouteBuilder MapCharts(this IEndpointRouteBuilder app)
    {
        app.MapGet(ChartLinks.Path + "{token}", GetAsync).ExcludeFromDescription();
        return app;
    }

    private static async Task<Results<FileContentHttpResult, NotFound>> GetAsync(
        string token, ChartLinks links, HttpResponse response, CancellationToken ct)
    {
        if (await links.ReadAsync(token, ct) is not { } png) return TypedResults.NotFound();
        // The picture behind a token never changes, so a client may keep it for a day.
        response.Headers.CacheControl = "private, max-age=86400";
        return TypedResults.File(png, "image/png");
    }
}
