using BplBot.Audit;
using BplBot.Data;
using BplBot.Domain.Audit;
using BplBot.Privacy;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace BplBot.Export;

/// <summary><c>GET /export/{token}.zip</c>: the archive export, for a valid link of a coordinator who still is one.</summary>
public static class ExportEndpoint
{
    private const string Refused = "Länken har gått ut eller är ogiltig. Skriv exportera till BplBot för en ny. " +
        "(The link has expired or is not valid. Write export to BplBot for a new one.)";

    public static IEndpointRouteBuilder MapExport(this IEndpointRouteBuilder app)
    {
        app.MapGet(PrivacyLinks.Export.Path + "{token}", GetAsync).ExcludeFromDescription();
        return app;
    }

    private static async Task<Results<FileContentHttpResult, NotFound<string>>> GetAsync(
        string token, PrivacyLinks links, BplDbContext db, AuditTrail audit, ArchiveExport export, TimeProvider time, HttpResponse response,
        CancellationToken ct)
    {
        if (links.Read(PrivacyLinks.Export, token) is not { } coordinatorId) return TypedResults.NotFound(Refused);
        var coordinator = await db.People.AsNoTracking().SingleOrDefaultAsync(p => p.Id == coordinatorId && p.ErasedAt == null, ct);
        if (coordinator is not { IsCoordinator: true }) return TypedResults.NotFound(Refused);
        await audit.RecordAsync(AuditAction.ArchiveExported, AuditActor.Person, coordinatorId, detail: "chat", ct: ct);
        using var zip = new MemoryStream();
        await export.WriteAsync(zip, $"person:{coordinatorId}", ct);
        response.Headers.CacheControl = "private, no-store";
        return TypedResults.File(zip.ToArray(), "application/zip", $"bplbot-export-{time.GetUtcNow():yyyy-MM-dd}.zip");
    }
}
