namespace BplBot.Network;

public enum NetworkSource
{
    /// <summary>The invented demo network, loaded because no network file is configured.</summary>
    Demo,
    /// <summary>A real network, loaded from the configured JSON file.</summary>
    File,
}

/// <summary>Facts about the network as a whole; one row.</summary>
public sealed class NetworkInfo
{
    private NetworkInfo()
    {
        Name = SourceHash = string.Empty;
    }

    public NetworkInfo(string name, NetworkSource source, string sourceHash, int smallCountThreshold, DateTimeOffset importedAt) : this()
    {
        Id = 1;
        Update(name, source, sourceHash, smallCountThreshold, importedAt);
    }

    public int Id { get; private set; }
    public string Name { get; private set; }
    public NetworkSource Source { get; private set; }

    /// <summary>SHA-256 of the file last imported, so an unchanged file is not imported again.</summary>
    public string SourceHash { get; private set; }

    /// <summary>Counts below this are shown as "&lt; N" (0 = off).</summary>
    public int SmallCountThreshold { get; private set; }

    public DateTimeOffset ImportedAt { get; private set; }

    public bool IsDemo => Source == NetworkSource.Demo;

    public void Update(string name, NetworkSource source, string sourceHash, int smallCountThreshold, DateTimeOffset importedAt)
    {
        Name = name;
        Source = source;
        SourceHash = sourceHash;
        SmallCountThreshold = Math.Max(0, smallCountThreshold);
        ImportedAt = importedAt;
    }
}
