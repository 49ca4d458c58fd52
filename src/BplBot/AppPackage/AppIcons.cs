using SkiaSharp;

namespace BplBot.AppPackage;

/// <summary>
/// The app's icons, drawn for the network: a house ("bo") with a sprout growing from it ("växa upp"), its two leaves
/// for the children and the young people. Teams wants a 192×192 colour icon and a 32×32 outline icon, white on
/// transparent.
/// </summary>
public static class AppIcons
{
    public const string Green = "#2E7D5B";
    private static readonly SKColor Background = SKColor.Parse(Green);
    private static readonly SKColor Leaf = SKColor.Parse("#F2C94C");

    public static byte[] Color()
    {
        using var surface = SKSurface.Create(new SKImageInfo(192, 192, SKColorType.Rgba8888, SKAlphaType.Premul));
        var canvas = surface.Canvas;
        canvas.Clear(Background);
        Draw(canvas, 192, SKColors.White, Leaf, stroke: 9f);
        return Encode(surface);
    }

    public static byte[] Outline()
    {
        using var surface = SKSurface.Create(new SKImageInfo(32, 32, SKColorType.Rgba8888, SKAlphaType.Premul));
        var canvas = surface.Canvas;
        canvas.Clear(SKColors.Transparent);
        Draw(canvas, 32, SKColors.White, SKColors.White, stroke: 2.2f);
        return Encode(surface);
    }

    /// <summary>Drawn in a 100-unit box scaled to the icon, inside Teams' safe area.</summary>
    private static void Draw(SKCanvas canvas, int size, SKColor house, SKColor leaves, float stroke)
    {
        canvas.Save();
        var scale = size / 100f;
        canvas.Scale(scale);
        using var line = new SKPaint { Color = house, IsAntialias = true, Style = SKPaintStyle.Stroke, StrokeWidth = stroke / scale, StrokeJoin = SKStrokeJoin.Round, StrokeCap = SKStrokeCap.Round };
        using var fill = new SKPaint { Color = leaves, IsAntialias = true, Style = SKPaintStyle.Fill };
        // The house: a roof and walls, open at the top where the sprout grows through.
        using (var roof = new SKPath())
        {
            roof.MoveTo(18, 50);
            roof.LineTo(50, 22);
            roof.LineTo(82, 50);
            canvas.DrawPath(roof, line);
        }
        using (var walls = new SKPath())
        {
            walls.MoveTo(27, 46);
            walls.LineTo(27, 82);
            walls.LineTo(73, 82);
            walls.LineTo(73, 46);
            canvas.DrawPath(walls, line);
        }
        // The sprout: a stem from the floor, two leaves.
        canvas.DrawLine(50, 82, 50, 52, line);
        using (var left = new SKPath())
        {
            left.MoveTo(50, 62);
            left.CubicTo(44, 50, 34, 50, 32, 54);
            left.CubicTo(36, 63, 44, 65, 50, 62);
            canvas.DrawPath(left, fill);
        }
        using (var right = new SKPath())
        {
            right.MoveTo(50, 55);
            right.CubicTo(56, 42, 67, 41, 70, 45);
            right.CubicTo(66, 55, 57, 58, 50, 55);
            canvas.DrawPath(right, fill);
        }
        canvas.Restore();
    }

    private static byte[] Encode(SKSurface surface)
    {
        using var image = surface.Snapshot();
        using var data = image.Encode(SKEncodedImageFormat.Png, 100);
        return data.ToArray();
    }
}
