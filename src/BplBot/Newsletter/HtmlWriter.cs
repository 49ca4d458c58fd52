using System.Net;
using System.Text;
using BplBot.Domain.Newsletter;
using static BplBot.Domain.Newsletter.NewsletterComposer;

namespace BplBot.Newsletter;

/// <summary>
/// The draft as one accessible HTML file for e-mail and the intranet: headings in order, prose per team, every image
/// with alt text and embedded (it works offline), tables with a caption and header cells. Every text from people or
/// data is HTML-encoded.
/// </summary>
public static class HtmlWriter
{
    public static string Write(Domain.Newsletter.Newsletter n, NewsletterImages images)
    {
        ArgumentNullException.ThrowIfNull(n);
        ArgumentNullException.ThrowIfNull(images);
        var h = new StringBuilder();
        h.Append("<!DOCTYPE html>\n<html lang=\"sv\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<title>").Append(E($"{n.Title} – träff {n.MeetingOrdinal}")).Append("</title>\n<style>")
            .Append("body{font-family:\"Segoe UI\",Calibri,Arial,sans-serif;max-width:46rem;margin:2rem auto;padding:0 1rem;line-height:1.55;color:#1a1a1a}")
            .Append("h1,h2{color:#1f5f8b}h3{margin-top:2rem}figure{margin:1rem 0}")
            .Append("table{border-collapse:collapse;margin:1rem 0}caption{text-align:left;font-weight:600;padding-bottom:.3rem}")
            .Append("th,td{border:1px solid #999;padding:.3rem .6rem;text-align:left}")
            .Append("img{max-width:100%;height:auto}.draft{background:#fff4c2;padding:.5rem .75rem;border-left:4px solid #c9a400}")
            .Append("</style>\n</head>\n<body>\n<main>\n");
        h.Append("<h1>").Append(E(n.Title)).Append("</h1>\n");
        if (n.Notice is { } notice) h.Append("<p class=\"draft\" role=\"note\"><strong>").Append(E(notice)).Append("</strong></p>\n");
        h.Append("<p><strong>").Append(E(n.Subtitle)).Append("</strong></p>\n");
        h.Append("<p>").Append(E(n.Lead)).Append("</p>\n<p class=\"draft\">").Append(E(n.IntroPlaceholder)).Append("</p>\n");
        Overview(h, n, images);
        if (n.Teams.Count > 0) h.Append("<h2>Teamen</h2>\n");
        foreach (var team in n.Teams) Team(h, team, images);
        if (n.NotReported.Count > 0)
        {
            h.Append("<h2>").Append(E(n.NotReportedHeading)).Append("</h2>\n<ul>\n");
            foreach (var name in n.NotReported) h.Append("<li>").Append(E(name)).Append("</li>\n");
            h.Append("</ul>\n");
        }
        if (n.NextMeetingLine is not null)
        {
            h.Append("<h2>Nästa träff</h2>\n<p><strong>").Append(E(n.NextMeetingLine)).Append("</strong></p>\n");
            if (n.NextMeetingDetails is not null) h.Append("<p>").Append(E(n.NextMeetingDetails)).Append("</p>\n");
        }
        if (n.Contacts.Count > 0)
        {
            h.Append("<h2>Vill du veta mer? Hör av dig till</h2>\n<ul>\n");
            foreach (var c in n.Contacts)
                h.Append("<li>").Append(E(c.Name)).Append(", ").Append(E(c.Role)).Append(", <a href=\"mailto:").Append(E(c.Email)).Append("\">").Append(E(c.Email)).Append("</a></li>\n");
            h.Append("</ul>\n");
        }
        return h.Append("</main>\n</body>\n</html>\n").ToString();
    }

    private static void Overview(StringBuilder h, Domain.Newsletter.Newsletter n, NewsletterImages images)
    {
        var o = n.Overview;
        h.Append("<h2>Nätverket i siffror</h2>\n<p>").Append(E(string.Join(" ", n.OverviewSentences))).Append("</p>\n");
        Image(h, images.Distribution, OverviewProse.DistributionAlt(o));
        if (o.StepsWithTeams.Count == 0) return;
        h.Append("<table>\n<caption>Teamens självskattning</caption>\n<thead><tr><th scope=\"col\">Skattning</th><th scope=\"col\">Steg</th><th scope=\"col\">Antal team</th></tr></thead>\n<tbody>\n");
        foreach (var b in o.StepsWithTeams)
            h.Append("<tr><th scope=\"row\">").Append(Rating(b.Score)).Append("</th><td>").Append(E(b.Label)).Append("</td><td>").Append(b.Teams).Append("</td></tr>\n");
        h.Append("</tbody>\n</table>\n");
    }

    private static void Team(StringBuilder h, TeamSection t, NewsletterImages images)
    {
        h.Append("<section>\n<h3>").Append(E(t.Heading)).Append("</h3>\n");
        foreach (var paragraph in t.Paragraphs) h.Append("<p>").Append(E(paragraph)).Append("</p>\n");
        foreach (var chart in t.Charts)
        {
            if (images.RunCharts.TryGetValue(chart.MeasureId, out var png)) Image(h, png, chart.AltText);
            else h.Append("<p><em>").Append(E(chart.AltText)).Append("</em></p>\n");
        }
        h.Append("</section>\n");
    }

    private static void Image(StringBuilder h, byte[] png, string alt) =>
        h.Append("<figure><img src=\"data:image/png;base64,").Append(Convert.ToBase64String(png)).Append("\" alt=\"").Append(E(alt)).Append("\"></figure>\n");

    private static string E(string? text) => WebUtility.HtmlEncode(text ?? string.Empty);
}
