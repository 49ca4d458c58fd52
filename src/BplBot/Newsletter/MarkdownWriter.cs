using BplBot.Text;
using System.Text;
using BplBot.CheckIn;
using BplBot.Domain.Newsletter;
using static BplBot.Domain.Newsletter.NewsletterComposer;

namespace BplBot.Newsletter;

/// <summary>The draft as Markdown for a Teams message: the same sections as the document, charts named by their alt text.</summary>
public static class MarkdownWriter
{
    public static string Write(Domain.Newsletter.Newsletter n)
    {
        ArgumentNullException.ThrowIfNull(n);
        var md = new StringBuilder();
        md.Append("# ").AppendLine(E(n.Title)).AppendLine().Append("**").Append(E(n.Subtitle)).AppendLine("**").AppendLine();
        md.AppendLine(E(n.Lead)).AppendLine().Append('*').Append(E(n.IntroPlaceholder)).AppendLine("*").AppendLine();
        Overview(md, n.Overview);
        md.AppendLine("## Teamen").AppendLine();
        foreach (var team in n.Teams) Team(md, team);
        if (n.NotReported.Count > 0)
        {
            md.AppendLine("## Team som inte rapporterade den här gången").AppendLine();
            foreach (var name in n.NotReported) md.Append("- ").AppendLine(E(name));
            md.AppendLine();
        }
        if (n.NextMeetingLine is not null)
            md.AppendLine("## Nästa träff").AppendLine().Append("**").Append(E(n.NextMeetingLine)).AppendLine("**").AppendLine().AppendLine(E(n.NextMeetingDetails)).AppendLine();
        if (n.Contacts.Count > 0)
        {
            md.AppendLine("## Vill du veta mer? Hör av dig till").AppendLine();
            foreach (var c in n.Contacts) md.Append("- ").Append(E(c.Name)).Append(", ").Append(E(c.Role)).Append(", ").AppendLine(E(c.Email));
        }
        return md.ToString().TrimEnd() + "\n";
    }

    private static void Overview(StringBuilder md, NetworkOverview o)
    {
        md.AppendLine("## Nätverket i siffror").AppendLine();
        foreach (var line in OverviewText.Lines(o)) md.Append("- ").AppendLine(E(line));
        md.AppendLine().AppendLine("| Skattning | Steg | Antal team |").AppendLine("|---|---|---|");
        foreach (var b in o.Distribution) md.Append("| ").Append(Rating(b.Score)).Append(" | ").Append(E(b.Label)).Append(" | ").Append(b.Teams).AppendLine(" |");
        md.AppendLine();
    }

    private static void Team(StringBuilder md, TeamSection t)
    {
        md.Append("### ").Append(E(t.Name)).Append(" (").Append(E(t.Municipality)).AppendLine(")").AppendLine();
        if (t.WorksOn.Length > 0) md.Append("**Arbetar med:** ").AppendLine(E(t.WorksOn)).AppendLine();
        md.Append("**Skattning:** ").Append(E(TeamText.Rating(t))).AppendLine().AppendLine();
        foreach (var m in t.Measures)
        {
            md.Append("- **").Append(E(m.Name)).Append("**: ").Append(E(TeamText.Latest(m)));
            md.Append(". ").AppendLine(E(string.Join(" ", m.Signals)));
        }
        if (t.Measures.Count > 0) md.AppendLine();
        foreach (var (label, text) in TeamText.Pgsa(t)) md.Append("**").Append(label).Append(":** ").AppendLine(E(text)).AppendLine();
    }

    private static string E(string? text) => MarkdownText.Escape(text);
}
