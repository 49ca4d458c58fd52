using System.Net;
using BplBot.BotFramework;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

/// <summary>The bot in memory with its own SQLite file, anonymous mode, log level Warning, and the given connector.</summary>
internal sealed class BenchApp(string folder, HttpMessageHandler connector, IReadOnlyDictionary<string, string>? settings = null)
    : WebApplicationFactory<Program>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("ConnectionStrings:Bpl", $"Data Source={Path.Combine(folder, "bplbot.db")}");
        builder.UseSetting("Bot:AppId", "");
        builder.UseSetting("Network:File", "");
        builder.UseSetting("Jobs:SchedulerName", "bench-" + Guid.NewGuid().ToString("N"));
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        // One person asks hundreds of times in a row: the per-conversation limit (30 a minute) would answer most of them; 1000 is its ceiling.
        builder.UseSetting("Conversations:MessagesPerMinute", "1000");
        foreach (var (key, value) in settings ?? new Dictionary<string, string>()) builder.UseSetting(key, value);
        builder.ConfigureTestServices(services =>
        {
            services.AddHttpClient(BotFrameworkHttpClients.Connector).ConfigurePrimaryHttpMessageHandler(() => connector);
            services.AddSingleton<IStartupFilter>(new Loopback());
        });
    }

    private sealed class Loopback : IStartupFilter
    {
        public Action<Microsoft.AspNetCore.Builder.IApplicationBuilder> Configure(Action<Microsoft.AspNetCore.Builder.IApplicationBuilder> next) => app =>
        {
            app.Use(nextMiddleware => context =>
            {
                context.Connection.RemoteIpAddress = IPAddress.Loopback;
                return nextMiddleware(context);
            });
            next(app);
        };
    }

    /// <summary>Points the host at src/BplBot when run from bench/&lt;name&gt;/bin/….</summary>
    public static void UseRepositoryContentRoot()
    {
        var repo = AppContext.BaseDirectory[..AppContext.BaseDirectory.IndexOf("/bench/", StringComparison.Ordinal)];
        Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_BPLBOT", Path.Combine(repo, "src", "BplBot"));
    }
}
