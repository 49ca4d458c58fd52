namespace BplBot.Domain.Measures;

public enum MeasureKind
{
    /// <summary>Processmått.</summary>
    Process,
    /// <summary>Resultatmått.</summary>
    Outcome,
    /// <summary>Balanserande mått.</summary>
    Balancing,
}
