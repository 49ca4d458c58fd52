using System.Net;
using System.Text;
using BplBot.Domain.Newsletter;
using static BplBot.Domain.Newsletter.NewsletterComposer;

namespace BplBot.Newsletter;

/// <summary>
/// The draft as one accessible HTML file for e-mail and the intranet: headings in order, every image with alt text
/// and embedded (it works offline), tables with header cells. Every text from people or data is HTML-encoded.
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
            .Append("body{font-family:Segoe UI,Arial,sans-serif;max-width:46rem;margin:2rem auto;padding:0 1rem;line-height:1.5;color:#1a1a1a}")
            .Append("table{border-collapse:collapse;margin:1rem 0}th,td{border:1px solid #999;padding:.3rem .6rem;text-align:left}")
            .Append("img{max-width:100%;height:auto}.draft{background:#fff4c2;padding:.5rem;border-left:4px solid #c9a400}")
            .Append("</style>\n</head>\n<body>\n<main>\n");
        h.Append("<h1>").Append(E(n.Title)).Append("</h1>\n<p><strong>").Append(E(n.Subtitle)).Append("</strong></p>\n");
        h.Append("<p>").Append(E(n.Lead)).Append("</p>\n<p class=\"draft\">").Append(E(n.IntroPlaceholder)).Append("</p>\n");
        Overview(h, n.Overview, images);
        h.Append("<h2>Teamen</h2>\n");
        foreach (var team in n.Teams) Team(h, team, images);
        if (n.NotReported.Count > 0)
        {
            h.Append("<h2>Team som inte rapporterade den här gången</h2>\n<ul>\n");
            foreach (var name in n.NotReported) h.Append("<li>").Append(E(name)).Append("</li>\n");
            h.Append("</ul>\n");
        }
        if (n.NextMeetingLine is not null)
            h.Append("<h2>Nästa träff</h2>\n<p><strong>").Append(E(n.NextMeetingLine)).Append("</strong></p>\n<p>").Append(E(n.NextMeetingDetails)).Append("</p>\n");
        if (n.Contacts.Count > 0)
        {
            h.Append("<h2>Vill du veta mer? Hör av dig till</h2>\n<ul>\n");
            foreach (var c in n.Contacts)
                h.Append("<li>").Append(E(c.Name)).Append(", ").Append(E(c.Role)).Append(", <a href=\"mailto:").Append(E(c.Email)).Append("\">").Append(E(c.Email)).Append("</a></li>\n");
            h.Append("</ul>\n");
        }
        return h.Append("</main>\n</body>\n</html>\n").ToString();
    }

    private static void Overview(StringBuilder h, NetworkOverview o, NewsletterImages images)
    {
        h.Append("<h2>Nätverket i siffror</h2>\n<ul>\n");
        foreach (var line in OverviewText.Lines(o)) h.Append("<li>").Append(E(line)).Append("</li>\n");
        h.Append("</ul>\n");
        Image(h, images.Distribution, OverviewText.DistributionAlt(o));
        h.Append("<table>\n<caption>Teamens självskattning</caption>\n<thead><tr><th scope=\"col\">Skattning</th><th scope=\"col\">Steg</th><th scope=\"col\">Antal team</th></tr></thead>\n<tbody>\n");
        foreach (var b in o.Distribution)
            h.Append("<tr><td>").Append(Rating(b.Score)).Append("</td><td>").Append(E(b.Label)).Append("</td><td>").Append(b.Teams).Append("</td></tr>\n");
        h.Append("</tbody>\n</table>\n");
    }

    private static void Team(StringBuilder h, TeamSection t, NewsletterImages images)
    {
        h.Append("<section>\n<h3>").Append(E(t.Name)).Append(" (").Append(E(t.Municipality)).Append(")</h3>\n");
        if (t.WorksOn.Length > 0) h.Append("<p><strong>Arbetar med:</strong> ").Append(E(t.WorksOn)).Append("</p>\n");
        h.Append("<p><strong>Skattning:</strong> ").Append(E(TeamText.Rating(t))).Append("</p>\n");
        if (t.Measures.Count > 0)
        {
            h.Append("<h4>Mått</h4>\n<table>\n<thead><tr><th scope=\"col\">Mått</th><th scope=\"col\">Senaste värde</th><th scope=\"col\">Datum</th><th scope=\"col\">Mål</th></tr></thead>\n<tbody>\n");
            foreach (var m in t.Measures)
                h.Append("<tr><th scope=\"row\">").Append(E(m.Name)).Append("</th><td>").Append(E(m.LatestText)).Append("</td><td>")
                    .Append(m.LatestDate?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)).Append("</td><td>").Append(E(m.GoalText ?? "–")).Append("</td></tr>\n");
            h.Append("</tbody>\n</table>\n");
            foreach (var m in t.Measures)
            {
                if (images.RunCharts.TryGetValue(m.MeasureId, out var png)) Image(h, png, m.ChartAltText);
                else h.Append("<p>").Append(E(m.ChartAltText)).Append("</p>\n");
                h.Append("<ul>\n");
                foreach (var s in m.Signals) h.Append("<li>").Append(E(s)).Append("</li>\n");
                h.Append("</ul>\n");
            }
        }
        var pgsa = TeamText.Pgsa(t).ToList();
        if (pgsa.Count > 0)
        {
            h.Append("<h4>Test och lärande (PGSA)</h4>\n");
            foreach (var (label, text) in pgsa) h.Append("<p><strong>").Append(E(label)).Append(":</strong> ").Append(E(text)).Append("</p>\n");
        }
        h.Append("</section>\n");
    }

    private static void Image(StringBuilder h, byte[] png, string alt) =>
        h.Append("<figure><img src=\"data:image/png;base64,").Append(Convert.ToBase64String(png)).Append("\" alt=\"").Append(E(alt)).Append("\"></figure>\n");

    private static string E(string? text) => WebUtility.HtmlEncode(text ?? string.Empty);
}
