using BplBot.Domain.Newsletter;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using static BplBot.Domain.Newsletter.NewsletterComposer;

namespace BplBot.Newsletter;

/// <summary>
/// The draft as a Word document the coordinators edit: real heading styles (so Word's navigation and screen readers
/// see the structure), prose paragraphs per team, real bulleted lists, a table whose rows never split, and charts as
/// pictures with alt text.
/// </summary>
public static class DocxWriter
{
    public static byte[] Write(Domain.Newsletter.Newsletter n, NewsletterImages images)
    {
        ArgumentNullException.ThrowIfNull(n);
        ArgumentNullException.ThrowIfNull(images);
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, DocumentFormat.OpenXml.WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            DocxStyles.AddTo(main);
            var body = new Body();
            main.Document = new Document(body);
            var w = new DocxBuilder(main, body);

            w.Heading(n.Title, 1);
            if (n.Notice is { } notice) w.Paragraph(notice, bold: true, style: "Notice");
            w.Paragraph(n.Subtitle, bold: true);
            w.Paragraph(n.Lead);
            w.Paragraph(n.IntroPlaceholder, italic: true, style: "Notice");

            w.Heading("Nätverket i siffror", 2);
            w.Paragraph(string.Join(" ", n.OverviewSentences));
            w.Image(images.Distribution, NewsletterImages.DistributionWidth, NewsletterImages.DistributionHeight, OverviewProse.DistributionAlt(n.Overview), keepWithNext: true);
            if (n.Overview.StepsWithTeams.Count > 0)
                // Wide enough for the bold "Skattning" and the longest step label on one line each (9 000 of the page's 9 638 twips).
                w.Table(["Skattning", "Steg", "Antal team"], [1800, 5600, 1600],
                    n.Overview.StepsWithTeams.Select(b => (IReadOnlyList<string>)[Rating(b.Score), b.Label, SwedishNumbers.Number(b.Teams)]));

            if (n.Teams.Count > 0) w.Heading("Teamen", 2);
            foreach (var t in n.Teams) Team(w, t, images);

            if (n.NotReported.Count > 0)
            {
                w.Heading(n.NotReportedHeading, 2);
                w.Bullets(n.NotReported);
            }
            if (n.NextMeetingLine is not null)
            {
                w.Heading("Nästa träff", 2);
                w.Paragraph(n.NextMeetingLine, bold: true);
                if (n.NextMeetingDetails is not null) w.Paragraph(n.NextMeetingDetails);
            }
            if (n.Contacts.Count > 0)
            {
                w.Heading("Vill du veta mer? Hör av dig till", 2);
                w.Bullets(n.Contacts.Select(c => $"{c.Name}, {c.Role}, {c.Email}"));
            }
            body.Append(new SectionProperties(new PageMargin { Top = 1134, Bottom = 1134, Left = 1134, Right = 1134 }));
            main.Document.Save();
        }
        return stream.ToArray();
    }

    private static void Team(DocxBuilder w, TeamSection t, NewsletterImages images)
    {
        w.Heading(t.Heading, 3);
        foreach (var paragraph in t.Paragraphs) w.Paragraph(paragraph);
        foreach (var chart in t.Charts)
        {
            if (images.RunCharts.TryGetValue(chart.MeasureId, out var png))
                w.Image(png, Charts.RunChartRenderer.Width, Charts.RunChartRenderer.Height, chart.AltText);
            else w.Paragraph(chart.AltText, italic: true);
        }
    }
}
