namespace BplBot.BotFramework;

/// <summary>
/// What a turn needs before any handler sees it (issue 15). A failure is the client's error: 400 with a short reason,
/// never an exception deep in the application. The reasons name fields, never their values.
/// </summary>
internal static class ActivityValidator
{
    /// <summary>Teams ids are at most a few hundred characters; a longer one is not from Teams and would bloat rows and logs.</summary>
    internal const int MaxIdLength = 1024;

    internal const int MaxServiceUrlLength = 2048;

    /// <summary>Null when the activity can be handled; else why not, in a few words for the log.</summary>
    public static string? Validate(Activity activity)
    {
        if (string.IsNullOrEmpty(activity.Type))
        {
            return "the activity has no type";
        }
        if (string.IsNullOrEmpty(activity.Conversation?.Id))
        {
            return "the activity has no conversation.id";
        }
        if (!IsHttpUrl(activity.ServiceUrl))
        {
            return "serviceUrl is not an absolute http(s) URL";
        }
        var needsSender = activity.Type is ActivityTypes.Message or ActivityTypes.Invoke;
        if (needsSender && string.IsNullOrEmpty(activity.From?.Id))
        {
            return "a message or invoke has no from.id";
        }
        return FirstBadId(activity);
    }

    /// <summary>
    /// Ids become path segments of connector calls, database keys and log values. A dot segment would retarget the
    /// connector path (<c>Uri</c> collapses an escaped <c>..</c>), and a control character could forge log lines.
    /// </summary>
    private static string? FirstBadId(Activity activity)
    {
        ReadOnlySpan<(string Field, string? Value)> ids =
        [
            ("type", activity.Type),
            ("id", activity.Id),
            ("channelId", activity.ChannelId),
            ("replyToId", activity.ReplyToId),
            ("conversation.id", activity.Conversation?.Id),
            ("conversation.tenantId", activity.Conversation?.TenantId),
            ("channelData.tenant.id", activity.GetTenantId()),
            ("from.id", activity.From?.Id),
            ("from.aadObjectId", activity.From?.AadObjectId),
            ("recipient.id", activity.Recipient?.Id),
        ];
        foreach (var (field, value) in ids)
        {
            if (value is null)
            {
                continue;
            }
            if (value is "." or "..")
            {
                return $"{field} is a dot segment";
            }
            if (value.Length > MaxIdLength || HasControlCharacter(value))
            {
                return $"{field} is over {MaxIdLength} characters or holds control characters";
            }
        }
        return null;
    }

    private static bool IsHttpUrl(string? value) =>
        value is { Length: > 0 and <= MaxServiceUrlLength }
        && !HasControlCharacter(value)
        && Uri.TryCreate(value, UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
        && uri.Host.Length > 0;

    /// <summary>C0/C1 controls and the Unicode line and paragraph separators: everything a log sink may take as a line break.</summary>
    internal static bool HasControlCharacter(string value)
    {
        foreach (var c in value)
        {
            if (char.IsControl(c) || c is '\u2028' or '\u2029')
            {
                return true;
            }
        }
        return false;
    }
}
