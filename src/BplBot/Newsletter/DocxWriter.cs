using BplBot.Domain.Newsletter;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using static BplBot.Domain.Newsletter.NewsletterComposer;

namespace BplBot.Newsletter;

/// <summary>
/// The draft as a Word document the coordinators edit: real heading styles (so Word's navigation and screen readers
/// see the structure), tables with a repeated header row, and charts as pictures with alt text.
/// </summary>
public static class DocxWriter
{
    public static byte[] Write(Domain.Newsletter.Newsletter n, NewsletterImages images)
    {
        ArgumentNullException.ThrowIfNull(n);
        ArgumentNullException.ThrowIfNull(images);
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            DocxStyles.AddTo(main);
            var body = new Body();
            main.Document = new Document(body);
            var w = new DocxBuilder(main, body);

            w.Heading(n.Title, 1);
            w.Paragraph(n.Subtitle, bold: true);
            w.Paragraph(n.Lead);
            w.Paragraph(n.IntroPlaceholder, italic: true);

            w.Heading("Nätverket i siffror", 2);
            foreach (var line in OverviewText.Lines(n.Overview)) w.Paragraph(line, style: "ListParagraph");
            w.Image(images.Distribution, NewsletterImages.DistributionWidth, NewsletterImages.DistributionHeight, OverviewText.DistributionAlt(n.Overview));
            w.Table(["Skattning", "Steg", "Antal team"],
                n.Overview.Distribution.Select(b => (IReadOnlyList<string>)[Rating(b.Score), b.Label, b.Teams.ToString(System.Globalization.CultureInfo.InvariantCulture)]));

            w.Heading("Teamen", 2);
            foreach (var t in n.Teams) Team(w, t, images);

            if (n.NotReported.Count > 0)
            {
                w.Heading("Team som inte rapporterade den här gången", 2);
                foreach (var name in n.NotReported) w.Paragraph(name, style: "ListParagraph");
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
                foreach (var c in n.Contacts) w.Paragraph($"{c.Name}, {c.Role}, {c.Email}");
            }
            body.Append(new SectionProperties(new PageMargin { Top = 1134, Bottom = 1134, Left = 1134, Right = 1134 }));
            main.Document.Save();
        }
        return stream.ToArray();
    }

    private static void Team(DocxBuilder w, TeamSection t, NewsletterImages images)
    {
        w.Heading($"{t.Name} ({t.Municipality})", 3);
        if (t.WorksOn.Length > 0) w.Labelled("Arbetar med", t.WorksOn);
        w.Labelled("Skattning", TeamText.Rating(t));
        if (t.Measures.Count > 0)
        {
            w.Heading("Mått", 4);
            w.Table(["Mått", "Senaste värde", "Datum", "Mål"], t.Measures.Select(m => (IReadOnlyList<string>)
                [m.Name, m.LatestText, m.LatestDate?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "", m.GoalText ?? "–"]));
            foreach (var m in t.Measures)
            {
                if (images.RunCharts.TryGetValue(m.MeasureId, out var png))
                    w.Image(png, Charts.RunChartRenderer.Width, Charts.RunChartRenderer.Height, m.ChartAltText);
                else w.Paragraph(m.ChartAltText, italic: true);
                foreach (var s in m.Signals) w.Paragraph(s, style: "ListParagraph");
            }
        }
        var pgsa = TeamText.Pgsa(t).ToList();
        if (pgsa.Count > 0)
        {
            w.Heading("Test och lärande (PGSA)", 4);
            foreach (var (label, text) in pgsa) w.Labelled(label, text);
        }
    }
}
