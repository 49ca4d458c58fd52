using BplBot.Domain.RunCharts;
using BplBot.Status;

namespace BplBot.Tests.Status;

public sealed class RunChartRendererTests
{
    [Fact]
    public void Png_HasTheRequestedSize_AndIsAPng()
    {
        var points = Enumerable.Range(0, 20).Select(i => new RunChartPoint(new DateOnly(2025, 1, 31).AddMonths(i), 80 + i % 3 + (i > 12 ? 8 : 0))).ToList();
        var analysis = RunChartAnalyzer.Analyze(points, higherIsBetter: true);

        var png = RunChartRenderer.Png(new ChartRequest("Närvaro", "%", 95, analysis));

        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], png.Take(4));
        Assert.Equal(RunChartRenderer.Width, ReadInt(png, 16));
        Assert.Equal(RunChartRenderer.Height, ReadInt(png, 20));
        if (Environment.GetEnvironmentVariable("BPLBOT_SAVE_CHART") is { Length: > 0 } path) File.WriteAllBytes(path, png);
    }

    private static int ReadInt(byte[] b, int at) => (b[at] << 24) | (b[at + 1] << 16) | (b[at + 2] << 8) | b[at + 3];
}
