using System.Text;

namespace BplBot.BotFramework;

/// <summary>
/// Removes the bot's own @mention from a message and unwraps the other <c>&lt;at&gt;</c> tags, like the SDKs'
/// RemoveRecipientMention + NormalizeMentions. Hand-written scanning instead of a regex so user text can't
/// trigger catastrophic backtracking.
/// </summary>
internal static class MentionText
{
    private const string CloseTag = "</at>";

    public static string Strip(string text, Activity activity)
    {
        foreach (var mentionText in BotMentionTexts(activity))
        {
            text = text.Replace(mentionText, string.Empty, StringComparison.OrdinalIgnoreCase);
        }
        text = UnwrapAtTags(text);
        return text.Replace("&nbsp;", " ", StringComparison.OrdinalIgnoreCase).Trim();
    }

    private static IEnumerable<string> BotMentionTexts(Activity activity)
    {
        var botId = activity.Recipient?.Id;
        if (string.IsNullOrEmpty(botId) || activity.Entities is null)
        {
            yield break;
        }
        foreach (var entity in activity.Entities)
        {
            if (!string.Equals(entity.Type, "mention", StringComparison.OrdinalIgnoreCase)
                || !string.Equals(entity.Mentioned?.Id, botId, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }
            // The entity text is the authority; without it, fall back to the tag Teams would have written.
            var mention = !string.IsNullOrEmpty(entity.Text) ? entity.Text
                : !string.IsNullOrEmpty(entity.Mentioned?.Name) ? $"<at>{entity.Mentioned.Name}</at>"
                : null;
            if (mention is not null)
            {
                yield return mention;
            }
        }
    }

    /// <summary>Replaces each <c>&lt;at …&gt;inner&lt;/at&gt;</c> by <c>inner</c>; an unclosed tag is left as it is.</summary>
    private static string UnwrapAtTags(string text)
    {
        var result = new StringBuilder(text.Length);
        var position = 0;
        while (position < text.Length)
        {
            var open = FindOpenTag(text, position);
            var openEnd = open < 0 ? -1 : text.IndexOf('>', open);
            var close = openEnd < 0 ? -1 : text.IndexOf(CloseTag, openEnd, StringComparison.OrdinalIgnoreCase);
            if (close < 0)
            {
                break;
            }
            result.Append(text, position, open - position).Append(text, openEnd + 1, close - openEnd - 1);
            position = close + CloseTag.Length;
        }
        return result.Append(text, position, text.Length - position).ToString();
    }

    /// <summary>Finds <c>&lt;at&gt;</c> or <c>&lt;at attr…&gt;</c>, but not e.g. <c>&lt;attachment&gt;</c>.</summary>
    private static int FindOpenTag(string text, int start)
    {
        while (start < text.Length)
        {
            var index = text.IndexOf("<at", start, StringComparison.OrdinalIgnoreCase);
            if (index < 0 || index + 3 >= text.Length)
            {
                return -1;
            }
            var next = text[index + 3];
            if (next == '>' || char.IsWhiteSpace(next))
            {
                return index;
            }
            start = index + 3;
        }
        return -1;
    }
}
