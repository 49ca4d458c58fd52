using BplBot.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Net.Http.Headers;
using Microsoft.EntityFrameworkCore;

namespace BplBot.Newsletter;

/// <summary>
/// <c>GET /newsletter/{token}.docx|.html</c>: a draft's file, for whoever holds a valid, unexpired link. The Word file
/// downloads; the web version opens in the browser.
/// </summary>
public static class NewsletterEndpoint
{
    private const string Refused = "Länken har gått ut eller är ogiltig. Skriv nyhetsbrev till BplBot för nya länkar. " +
        "(The link has expired or is not valid. Write nyhetsbrev to BplBot for new links.)";

    public static IEndpointRouteBuilder MapNewsletter(this IEndpointRouteBuilder app)
    {
        app.MapGet(NewsletterLinks.Path + "{token}", GetAsync).ExcludeFromDescription();
        return app;
    }

    private static async Task<Results<FileContentHttpResult, NotFound<string>>> GetAsync(
        string token, NewsletterLinks links, BplDbContext db, HttpResponse response, CancellationToken ct)
    {
        if (links.Read(token) is not { } link) return TypedResults.NotFound(Refused);
        // Only the requested file is read: the other format of a large draft can be many megabytes.
        var docx = link.Format == "docx";
        var draft = await db.NewsletterDrafts.AsNoTracking().Where(d => d.Id == link.DraftId)
            .Select(d => new { d.Version, Ordinal = db.Meetings.Where(m => m.Id == d.MeetingId).Select(m => m.Ordinal).First(), Docx = docx ? d.Docx : null, Html = docx ? null : d.Html })
            .SingleOrDefaultAsync(ct);
        if (draft is null) return TypedResults.NotFound(Refused);
        response.Headers.CacheControl = "private, no-store";
        response.Headers.XContentTypeOptions = "nosniff";
        var name = $"nyhetsbrev-traff-{draft.Ordinal}-v{draft.Version}.{link.Format}";
        if (docx) return TypedResults.File(draft.Docx!, "application/vnd.openxmlformats-officedocument.wordprocessingml.document", name);
        // "Webbversion" opens in the browser: inline, with its name kept for saving. The page is self-contained, so it
        // may load nothing, run nothing and be framed by no one; only its own embedded pictures and styles.
        response.Headers.ContentDisposition = new ContentDispositionHeaderValue("inline") { FileName = name }.ToString();
        response.Headers.ContentSecurityPolicy = "default-src 'none'; img-src data:; style-src 'unsafe-inline'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";
        return TypedResults.File(System.Text.Encoding.UTF8.GetBytes(draft.Html!), "text/html; charset=utf-8");
    }
}
