namespace BplBot.Domain.Network;

/// <summary>The network's three focus areas.</summary>
public enum FocusArea
{
    /// <summary>Fullföljda studier.</summary>
    CompletedStudies,
    /// <summary>Psykisk hälsa.</summary>
    MentalHealth,
    /// <summary>Fysisk aktivitet.</summary>
    PhysicalActivity,
}

public static class FocusAreaNames
{
    public static string Swedish(this FocusArea area) => area switch
    {
        FocusArea.CompletedStudies => "Fullföljda studier",
        FocusArea.MentalHealth => "Psykisk hälsa",
        FocusArea.PhysicalActivity => "Fysisk aktivitet",
        _ => area.ToString(),
    };

    public static string English(this FocusArea area) => area switch
    {
        FocusArea.CompletedStudies => "Completed studies",
        FocusArea.MentalHealth => "Mental health",
        FocusArea.PhysicalActivity => "Physical activity",
        _ => area.ToString(),
    };
}
