namespace BplBot.Charts;

/// <summary>
/// A chart image as it was drawn for a card, kept until its link expires: Teams fetches a card's images each time
/// the card is shown, so a link that drew from today's data would change old cards, and one that expired would break
/// them. The same chart is stored once (by a hash of what it shows) and its picture and link reused.
/// </summary>
public sealed class ChartSnapshot
{
    private ChartSnapshot()
    {
        Token = Hash = string.Empty;
        Png = [];
    }

    public ChartSnapshot(string token, string hash, byte[] png, DateTimeOffset createdAt, DateTimeOffset expiresAt) : this()
    {
        Token = token;
        Hash = hash;
        Png = png;
        CreatedAt = createdAt.ToUniversalTime();
        ExpiresAt = expiresAt.ToUniversalTime();
    }

    public int Id { get; private set; }

    /// <summary>The unguessable part of the link (128 random bits).</summary>
    public string Token { get; private set; }

    /// <summary>SHA-256 of what the chart shows (<see cref="ChartRequest.Fingerprint"/>), so the same chart is drawn once.</summary>
    public string Hash { get; private set; }

    public byte[] Png { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset ExpiresAt { get; private set; }

    public bool IsValidAt(DateTimeOffset now) => now < ExpiresAt;

    /// <summary>A card sent later with the same picture keeps the link alive for its own lifetime.</summary>
    public void KeepUntil(DateTimeOffset expiresAt)
    {
        if (expiresAt > ExpiresAt) ExpiresAt = expiresAt.ToUniversalTime();
    }
}
