using BplBot.Domain.Text;

namespace BplBot.Domain.Rating;

/// <summary>One step of the improvement scale: its score, its Swedish and English label, and what it means.</summary>
public sealed record ScaleStep(decimal Score, string Label, string EnglishLabel, string Description)
{
    public string LabelIn(Language language) => language.Pick(Label, EnglishLabel);
}

/// <summary>What a person's answer to "what is your rating?" turned out to be.</summary>
public abstract record RatingParse
{
    private RatingParse() { }

    /// <summary>A step on the scale.</summary>
    public sealed record Valid(decimal Score) : RatingParse;

    /// <summary>A number, but not a step on the scale (3,2 or 7).</summary>
    public sealed record OffScale(decimal Value) : RatingParse;

    public sealed record NotANumber : RatingParse;
}
