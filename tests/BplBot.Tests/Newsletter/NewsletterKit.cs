using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using BplBot.Data;
using BplBot.Domain.CheckIn;
using BplBot.Domain.Network;
using BplBot.Tests.Infrastructure;
using DocumentFormat.OpenXml.Packaging;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace BplBot.Tests.Newsletter;

internal static class NewsletterKit
{
    /// <summary>Meeting 9 in the demo network: the next meeting, whose period today's check-ins belong to.</summary>
    public static Meeting Meeting9(this BotApplication app) => app.WithDb(db => db.Meetings.AsNoTracking().Single(m => m.Ordinal == 9));

    /// <summary>Takes out the demo history's reports for the meeting's period, so a test decides who reported.</summary>
    public static void ClearReportsFor(this BotApplication app, int meetingId) =>
        app.WithDb(db => db.CheckIns.Where(c => c.PeriodMeetingId == meetingId).ExecuteDelete());

    /// <summary>Saves a check-in for the team as the dialog would, with a value for each of its measures.</summary>
    public static void AddCheckIn(this BotApplication app, string teamKey, decimal rating, string reason, int? meetingId = null,
        string tested = "Testade en sak", string learned = "Lärde oss något", string next = "Fortsätter", string? support = null,
        DateTimeOffset? at = null)
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<BplDbContext>();
        var team = db.Teams.Single(t => t.Key == teamKey);
        var period = meetingId ?? db.Meetings.Single(m => m.Ordinal == 9).Id;
        var answers = db.Measures.Where(m => m.TeamId == team.Id).Select(m => new MeasureAnswer(m.Id, null)).ToList();
        db.CheckIns.Add(new TeamCheckIn(team.Id, period, null, at ?? DateTimeOffset.UtcNow,
            new CheckInContent(rating, reason, answers, tested, learned, next, support)));
        db.SaveChanges();
    }

    public static IHtmlDocument Html(string html) => new HtmlParser().ParseDocument(html);

    /// <summary>The Word document's paragraphs as (style, text), in order, and its pictures' alt texts.</summary>
    public static (List<(string Style, string Text)> Paragraphs, List<string> AltTexts, List<List<string>> Tables) Docx(byte[] docx)
    {
        using var stream = new MemoryStream(docx);
        using var document = WordprocessingDocument.Open(stream, false);
        var body = document.MainDocumentPart!.Document!.Body!;
        var paragraphs = body.Elements<W.Paragraph>()
            .Select(p => (p.ParagraphProperties?.ParagraphStyleId?.Val?.Value ?? "Normal", p.InnerText)).ToList();
        var alts = body.Descendants<DocumentFormat.OpenXml.Drawing.Wordprocessing.DocProperties>().Select(d => d.Description?.Value ?? "").ToList();
        var tables = body.Elements<W.Table>().Select(t => t.Elements<W.TableRow>().Select(r => r.InnerText).ToList()).ToList();
        Assert.Equal(alts.Count, document.MainDocumentPart.ImageParts.Count());
        return (paragraphs, alts, tables);
    }
}
