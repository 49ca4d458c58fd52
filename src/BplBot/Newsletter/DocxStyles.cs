using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace BplBot.Newsletter;

/// <summary>
/// The few styles the draft uses, defined so Word shows real headings (with outline levels, kept with what follows),
/// real bulleted lists (a numbering definition, not indented paragraphs), a plain grid table and a marked notice.
/// </summary>
internal static class DocxStyles
{
    /// <summary>The numbering instance of the bulleted list.</summary>
    public const int Bullets = 1;

    public static void AddTo(MainDocumentPart main)
    {
        var styles = new Styles(
            new DocDefaults(
                new RunPropertiesDefault(new RunPropertiesBaseStyle(new RunFonts { Ascii = "Calibri", HighAnsi = "Calibri" }, new FontSize { Val = "22" }, new Languages { Val = "sv-SE" })),
                new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(new SpacingBetweenLines { After = "120", Line = "276", LineRule = LineSpacingRuleValues.Auto }))),
            new Style(new StyleName { Val = "Normal" }, new PrimaryStyle()) { Type = StyleValues.Paragraph, StyleId = "Normal", Default = true },
            Heading(1, "36", "1F5F8B"), Heading(2, "30", "1F5F8B"), Heading(3, "26", "1A1A1A"), Heading(4, "22", "1A1A1A"),
            new Style(new StyleName { Val = "List Paragraph" }, new BasedOn { Val = "Normal" },
                new StyleParagraphProperties(new NumberingProperties(new NumberingLevelReference { Val = 0 }, new NumberingId { Val = Bullets }),
                    new SpacingBetweenLines { After = "40" }, new ContextualSpacing()))
            { Type = StyleValues.Paragraph, StyleId = "ListParagraph" },
            new Style(new StyleName { Val = "Notice" }, new BasedOn { Val = "Normal" },
                new StyleParagraphProperties(new ParagraphBorders(new LeftBorder { Val = BorderValues.Single, Size = 24, Color = "C9A400", Space = 4 }),
                    new Shading { Val = ShadingPatternValues.Clear, Fill = "FFF4C2" }))
            { Type = StyleValues.Paragraph, StyleId = "Notice" },
            new Style(new StyleName { Val = "Table Grid" }) { Type = StyleValues.Table, StyleId = "TableGrid" });
        main.AddNewPart<StyleDefinitionsPart>().Styles = styles;
        main.AddNewPart<NumberingDefinitionsPart>().Numbering = BulletNumbering();
    }

    /// <summary>One bulleted list definition: a bullet at the first level, hanging indent.</summary>
    private static Numbering BulletNumbering() => new(
        new AbstractNum(
            new MultiLevelType { Val = MultiLevelValues.SingleLevel },
            new Level(
                new NumberingFormat { Val = NumberFormatValues.Bullet },
                new LevelText { Val = "\u2022" },
                new LevelJustification { Val = LevelJustificationValues.Left },
                new PreviousParagraphProperties(new Indentation { Left = "720", Hanging = "360" }),
                new NumberingSymbolRunProperties(new RunFonts { Ascii = "Calibri", HighAnsi = "Calibri", Hint = FontTypeHintValues.Default }))
            { LevelIndex = 0, StartNumberingValue = new StartNumberingValue { Val = 1 } })
        { AbstractNumberId = 1 },
        new NumberingInstance(new AbstractNumId { Val = 1 }) { NumberID = Bullets });

    private static Style Heading(int level, string size, string color) => new(
        new StyleName { Val = $"heading {level}" },
        new BasedOn { Val = "Normal" },
        new NextParagraphStyle { Val = "Normal" },
        new PrimaryStyle(),
        new StyleParagraphProperties(new KeepNext(), new KeepLines(), new SpacingBetweenLines { Before = "240", After = "80" }, new OutlineLevel { Val = level - 1 }),
        new StyleRunProperties(new Bold(), new Color { Val = color }, new FontSize { Val = size }))
    {
        Type = StyleValues.Paragraph,
        StyleId = $"Heading{level}",
    };
}
