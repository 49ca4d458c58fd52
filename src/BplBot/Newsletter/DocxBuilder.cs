using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using A = DocumentFormat.OpenXml.Drawing;
using DW = DocumentFormat.OpenXml.Drawing.Wordprocessing;
using PIC = DocumentFormat.OpenXml.Drawing.Pictures;
using WordText = DocumentFormat.OpenXml.Wordprocessing.Text;

namespace BplBot.Newsletter;

/// <summary>Appends headings, paragraphs, lists, tables and pictures to a Word body. Text goes in as text nodes, never as markup.</summary>
internal sealed class DocxBuilder(MainDocumentPart main, Body body)
{
    private const long EmuPerPixel = 9525; // at 96 dpi
    private uint _pictures;

    public void Heading(string text, int level) => body.Append(new Paragraph(
        new ParagraphProperties(new ParagraphStyleId { Val = $"Heading{level}" }), Run(text)));

    public void Paragraph(string text, bool bold = false, bool italic = false, string? style = null)
    {
        var paragraph = new Paragraph();
        if (style is not null) paragraph.Append(new ParagraphProperties(new ParagraphStyleId { Val = style }));
        paragraph.Append(Run(text, bold, italic));
        body.Append(paragraph);
    }

    /// <summary>A bulleted list: each item a list paragraph on the bullet numbering (Word shows real bullets).</summary>
    public void Bullets(IEnumerable<string> items)
    {
        foreach (var item in items)
            body.Append(new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = "ListParagraph" }), Run(item)));
    }

    /// <summary>
    /// A grid table with a header row repeated on every page. No row splits across a page, and the rows keep together
    /// with the next (a short table is not torn from its chart or heading).
    /// </summary>
    /// <param name="widths">Each column's width in twentieths of a point (the page holds about 9 600).</param>
    public void Table(IReadOnlyList<string> headers, IReadOnlyList<int> widths, IEnumerable<IReadOnlyList<string>> rows)
    {
        var border = new Func<BorderType, BorderType>(b => { b.Val = BorderValues.Single; b.Size = 4; b.Color = "999999"; return b; });
        var table = new Table(new TableProperties(
            new TableStyle { Val = "TableGrid" },
            new TableWidth { Width = "0", Type = TableWidthUnitValues.Auto },
            new TableBorders(border(new TopBorder()), border(new LeftBorder()), border(new BottomBorder()), border(new RightBorder()),
                border(new InsideHorizontalBorder()), border(new InsideVerticalBorder()))),
            new TableGrid(widths.Select(w => new GridColumn { Width = w.ToString(System.Globalization.CultureInfo.InvariantCulture) })));
        table.Append(Row(headers, header: true));
        foreach (var row in rows) table.Append(Row(row, header: false));
        body.Append(table);
        body.Append(new Paragraph());
    }

    private static TableRow Row(IReadOnlyList<string> cells, bool header)
    {
        var props = new TableRowProperties(new CantSplit());
        if (header) props.Append(new TableHeader());
        var row = new TableRow(props);
        foreach (var cell in cells)
            row.Append(new TableCell(new Paragraph(new ParagraphProperties(new KeepNext(), new SpacingBetweenLines { After = "0" }), Run(cell, bold: header))));
        return row;
    }

    public void Image(byte[] png, int widthPx, int heightPx, string altText, bool keepWithNext = false)
    {
        var part = main.AddImagePart(ImagePartType.Png);
        using (var data = new MemoryStream(png)) part.FeedData(data);
        var id = ++_pictures;
        long cx = widthPx * EmuPerPixel, cy = heightPx * EmuPerPixel;
        var inline = new DW.Inline(
            new DW.Extent { Cx = cx, Cy = cy },
            new DW.EffectExtent { LeftEdge = 0, TopEdge = 0, RightEdge = 0, BottomEdge = 0 },
            new DW.DocProperties { Id = id, Name = $"Diagram {id}", Description = altText },
            new DW.NonVisualGraphicFrameDrawingProperties(new A.GraphicFrameLocks { NoChangeAspect = true }),
            new A.Graphic(new A.GraphicData(
                new PIC.Picture(
                    new PIC.NonVisualPictureProperties(
                        new PIC.NonVisualDrawingProperties { Id = id, Name = $"diagram{id}.png", Description = altText },
                        new PIC.NonVisualPictureDrawingProperties()),
                    new PIC.BlipFill(new A.Blip { Embed = main.GetIdOfPart(part) }, new A.Stretch(new A.FillRectangle())),
                    new PIC.ShapeProperties(
                        new A.Transform2D(new A.Offset { X = 0, Y = 0 }, new A.Extents { Cx = cx, Cy = cy }),
                        new A.PresetGeometry(new A.AdjustValueList()) { Preset = A.ShapeTypeValues.Rectangle })))
            { Uri = "http://schemas.openxmlformats.org/drawingml/2006/picture" }))
        { DistanceFromTop = 0, DistanceFromBottom = 0, DistanceFromLeft = 0, DistanceFromRight = 0 };
        var paragraph = new Paragraph(new Run(new Drawing(inline)));
        if (keepWithNext) paragraph.PrependChild(new ParagraphProperties(new KeepNext()));
        body.Append(paragraph);
    }

    private static Run Run(string text, bool bold = false, bool italic = false)
    {
        var run = new Run();
        if (bold || italic)
        {
            var props = new RunProperties();
            if (bold) props.Append(new Bold());
            if (italic) props.Append(new Italic());
            run.Append(props);
        }
        run.Append(new WordText(text) { Space = SpaceProcessingModeValues.Preserve });
        return run;
    }
}
