namespace BplBot.Digest;

/// <summary>
/// A coordinator's weekly digest as content: what is new per team since <see cref="Since"/>, the teams still missing
/// before the next meeting, requests for support left open from earlier, and the problems line. Every text is
/// Markdown with what people or the network file wrote already escaped.
/// </summary>
/// <param name="SinceLastDigest">False for a first digest: then it covers the last seven days.</param>
public sealed record DigestContent(
    DateTimeOffset Since,
    bool SinceLastDigest,
    IReadOnlyList<TeamNews> Teams,
    string? Missing,
    string? EarlierRequests,
    IReadOnlyList<DigestSection> Problems)
{
    public bool IsQuiet => Teams.Count == 0;
}

/// <summary>A team with news (its short name as written, unescaped): one or two lines, and a button to its status.</summary>
public sealed record TeamNews(string Name, IReadOnlyList<NewsLine> Lines)
{
    public string StatusCommand => $"status {Name}";

    public bool NeedsAttention => Lines.Any(l => l.Attention);
}

/// <summary>One line of news; <paramref name="Attention"/> marks a change the wrong way.</summary>
public sealed record NewsLine(string Text, bool Attention = false);

/// <summary>A titled list at the foot of the digest (people the bot cannot reach, sending problems).</summary>
public sealed record DigestSection(string Title, IReadOnlyList<string> Lines);
