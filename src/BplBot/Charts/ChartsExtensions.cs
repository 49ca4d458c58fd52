using BplBot.Hosting;

namespace BplBot.Charts;

public static class ChartsExtensions
{
    /// <summary>Run charts for cards, the newsletter and the digest: the shipped font, chart links and where they point.</summary>
    public static WebApplicationBuilder AddCharts(this WebApplicationBuilder builder)
    {
        ChartFont.Install();
        builder.Services.AddHttpContextAccessor();
        builder.Services.AddSingleton<PublicAddress>();
        builder.Services.AddScoped<ChartLinks>();
        return builder;
    }
}
