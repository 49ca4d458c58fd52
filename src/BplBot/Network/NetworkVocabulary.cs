using BplBot.Domain.Measures;
using BplBot.Domain.Network;
using BplBot.Domain.Text;

namespace BplBot.Network;

/// <summary>The words a network file may use for focus areas, measure kinds and roles, in Swedish or English.</summary>
internal static class NetworkVocabulary
{
    private static readonly Dictionary<string, FocusArea> FocusAreas = new()
    {
        ["completedstudies"] = FocusArea.CompletedStudies, ["fullfoljda studier"] = FocusArea.CompletedStudies,
        ["mentalhealth"] = FocusArea.MentalHealth, ["psykisk halsa"] = FocusArea.MentalHealth,
        ["physicalactivity"] = FocusArea.PhysicalActivity, ["fysisk aktivitet"] = FocusArea.PhysicalActivity,
    };

    private static readonly Dictionary<string, MeasureKind> Kinds = new()
    {
        ["process"] = MeasureKind.Process, ["processmatt"] = MeasureKind.Process,
        ["outcome"] = MeasureKind.Outcome, ["resultat"] = MeasureKind.Outcome, ["resultatmatt"] = MeasureKind.Outcome,
        ["balancing"] = MeasureKind.Balancing, ["balanserande"] = MeasureKind.Balancing,
    };

    private static readonly Dictionary<string, Role> Roles = new()
    {
        ["member"] = Role.Member, ["medlem"] = Role.Member,
        ["coach"] = Role.Coach,
        ["coordinator"] = Role.Coordinator, ["samordnare"] = Role.Coordinator,
    };

    public static FocusArea? ParseFocusArea(string? text) => Lookup(FocusAreas, text);
    public static MeasureKind? ParseKind(string? text) => Lookup(Kinds, text);
    public static Role? ParseRole(string? text) => Lookup(Roles, text);

    private static T? Lookup<T>(Dictionary<string, T> words, string? text) where T : struct =>
        words.TryGetValue(TextMatch.Normalize(text).Replace("-", " ", StringComparison.Ordinal), out var value) ? value : null;
}
