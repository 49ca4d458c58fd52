using ScottPlot;
using SkiaSharp;

namespace BplBot.Charts;

/// <summary>
/// The one font every chart is drawn in: DejaVu Sans, shipped inside the app (<c>Charts/Fonts</c>, with its licence),
/// so a bare Linux server, App Service and CI draw the same letters and never fall back to a serif. Installed as
/// ScottPlot's first font resolver, answering every font name, so no label can pick a font from the machine.
/// </summary>
public static class ChartFont
{
    /// <summary>The family name charts ask for; no machine has a font by this name, so only the shipped one answers.</summary>
    public const string Name = "BplBot Sans";

    /// <summary>The family the shipped files hold.</summary>
    public const string Family = "DejaVu Sans";

    public static SKTypeface Regular { get; } = Load("DejaVuSans.ttf");
    public static SKTypeface Bold { get; } = Load("DejaVuSans-Bold.ttf");

    private static readonly Lazy<bool> Installed = new(() =>
    {
        Fonts.FontResolvers.Insert(0, new ShippedFontResolver());
        Fonts.Default = Name;
        Fonts.Sans = Name;
        return true;
    }, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Makes ScottPlot draw with the shipped font; safe to call from any thread, any number of times.</summary>
    public static void Install() => _ = Installed.Value;

    /// <summary>Every label, tick and the legend of the plot in the shipped font.</summary>
    public static void Apply(Plot plot)
    {
        ArgumentNullException.ThrowIfNull(plot);
        Install();
        plot.Font.Set(Name);
        plot.Legend.FontName = Name;
        // Otherwise the legend picks "the best" installed font for its text on each render.
        plot.Legend.SetBestFontOnEachRender = false;
    }

    private static SKTypeface Load(string file)
    {
        using var stream = typeof(ChartFont).Assembly.GetManifestResourceStream($"BplBot.Charts.Fonts.{file}")
            ?? throw new InvalidOperationException($"The chart font {file} is not embedded in the app.");
        return SKTypeface.FromStream(stream) ?? throw new InvalidOperationException($"The chart font {file} could not be read.");
    }

    private sealed class ShippedFontResolver : IFontResolver
    {
        public SKTypeface? CreateTypeface(string fontName, bool bold, bool italic) => bold ? Bold : Regular;

        public SKTypeface? CreateTypeface(string fontName, FontWeight weight, FontSlant slant, FontSpacing spacing) =>
            weight >= FontWeight.SemiBold ? Bold : Regular;
    }
}
