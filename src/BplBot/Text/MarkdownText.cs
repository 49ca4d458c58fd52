using System.Text;

namespace BplBot.Text;

/// <summary>What a person typed, shown inside a markdown message without becoming formatting or markup.</summary>
public static class MarkdownText
{
    public static string Escape(string? text)
    {
        if (string.IsNullOrEmpty(text)) return string.Empty;
        var builder = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            if (c is '\\' or '*' or '_' or '`' or '#' or '[' or ']' or '|' or '~') builder.Append('\\').Append(c);
            else if (c == '<') builder.Append("&lt;");
            else if (c == '>') builder.Append("&gt;");
            else if (c is '\r') continue;
            else if (c is '\n') builder.Append(' ');
            else builder.Append(c);
        }
        return builder.ToString();
    }
}
