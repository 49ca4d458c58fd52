using BplBot.Domain.Text;

namespace BplBot.Domain.Measures;

/// <summary>What a typed value for a measure turned out to be.</summary>
public abstract record MeasureCheck
{
    private MeasureCheck() { }

    public sealed record Ok(decimal Value) : MeasureCheck;

    /// <summary>Not usable; the message says what was wrong and gives an example.</summary>
    public sealed record Problem(string Swedish, string English) : MeasureCheck
    {
        public string In(Language language) => language.Pick(Swedish, English);
    }

    /// <summary>Usable, but far outside the measure's history: ask "did you mean …?" before saving it.</summary>
    public sealed record FarFromHistory(decimal Value, decimal? Suggestion) : MeasureCheck;
}
