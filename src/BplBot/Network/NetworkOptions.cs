namespace BplBot.Network;

/// <summary>Section <c>Network</c>.</summary>
public sealed class NetworkOptions
{
    /// <summary>Path to the network JSON file. Empty: the demo network is loaded into an empty database.</summary>
    public string? File { get; set; }
}
