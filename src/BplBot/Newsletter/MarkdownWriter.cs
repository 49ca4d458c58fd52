using BplBot.Text;
using System.Text;
using BplBot.Domain.Newsletter;
using static BplBot.Domain.Newsletter.NewsletterComposer;

namespace BplBot.Newsletter;

/// <summary>The draft as Markdown for a Teams message: the same sections and prose as the document, without the pictures.</summary>
public static class MarkdownWriter
{
    public static string Write(Domain.Newsletter.Newsletter n)
    {
        ArgumentNullException.ThrowIfNull(n);
        var md = new StringBuilder();
        md.Append("# ").AppendLine(E(n.Title)).AppendLine();
        if (n.Notice is { } notice) md.Append("> **").Append(E(notice)).AppendLine("**").AppendLine();
        md.Append("**").Append(E(n.Subtitle)).AppendLine("**").AppendLine();
        md.AppendLine(E(n.Lead)).AppendLine().Append('*').Append(E(n.IntroPlaceholder)).AppendLine("*").AppendLine();
        md.AppendLine("## Nätverket i siffror").AppendLine().AppendLine(E(string.Join(" ", n.OverviewSentences))).AppendLine();
        if (n.Overview.StepsWithTeams.Count > 0)
        {
            md.AppendLine("| Skattning | Steg | Antal team |").AppendLine("|---|---|---|");
            foreach (var b in n.Overview.StepsWithTeams) md.Append("| ").Append(Rating(b.Score)).Append(" | ").Append(E(b.Label)).Append(" | ").Append(b.Teams).AppendLine(" |");
            md.AppendLine();
        }
        if (n.Teams.Count > 0) md.AppendLine("## Teamen").AppendLine();
        foreach (var team in n.Teams)
        {
            md.Append("### ").AppendLine(E(team.Heading)).AppendLine();
            foreach (var paragraph in team.Paragraphs) md.AppendLine(E(paragraph)).AppendLine();
        }
        if (n.NotReported.Count > 0)
        {
            md.Append("## ").AppendLine(E(n.NotReportedHeading)).AppendLine();
            foreach (var name in n.NotReported) md.Append("- ").AppendLine(E(name));
            md.AppendLine();
        }
        if (n.NextMeetingLine is not null)
        {
            md.AppendLine("## Nästa träff").AppendLine().Append("**").Append(E(n.NextMeetingLine)).AppendLine("**").AppendLine();
            if (n.NextMeetingDetails is not null) md.AppendLine(E(n.NextMeetingDetails)).AppendLine();
        }
        if (n.Contacts.Count > 0)
        {
            md.AppendLine("## Vill du veta mer? Hör av dig till").AppendLine();
            foreach (var c in n.Contacts) md.Append("- ").Append(E(c.Name)).Append(", ").Append(E(c.Role)).Append(", ").AppendLine(E(c.Email));
        }
        return md.ToString().TrimEnd() + "\n";
    }

    private static string E(string? text) => MarkdownText.Escape(text);
}
