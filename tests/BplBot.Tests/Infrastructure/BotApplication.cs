using System.Net;
using System.Text;
using BplBot.BotFramework;
using BplBot.Data;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace BplBot.Tests.Infrastructure;

/// <summary>
/// The real bot, in memory: its own SQLite file in a temporary folder, anonymous mode with the caller on loopback
/// (as the playground would be), and a <see cref="FakeConnector"/> in place of Teams. Pass the same folder to a
/// second instance to test a restart.
/// </summary>
public sealed class BotApplication : WebApplicationFactory<Program>
{
    private readonly Dictionary<string, string?> _settings;

    public BotApplication(string? folder = null, Dictionary<string, string?>? settings = null, FakeConnector? connector = null,
        TimeProvider? time = null)
        : this(DatabaseProvider.Sqlite, folder, settings, connector, time, tokens: null)
    {
    }

    /// <summary>The bot on <paramref name="database"/>: on PostgreSQL its own database (named after the folder, so a restart finds it again).</summary>
    public BotApplication(DatabaseProvider database, string? folder = null, Dictionary<string, string?>? settings = null, FakeConnector? connector = null,
        TimeProvider? time = null)
        : this(database, folder, settings, connector, time, tokens: null)
    {
    }

    internal BotApplication(DatabaseProvider database, TokenMode tokens, string? folder = null, Dictionary<string, string?>? settings = null,
        FakeConnector? connector = null, TimeProvider? time = null)
        : this(database, folder, TokenMode.Settings().Concat(settings ?? []).ToDictionary(p => p.Key, p => p.Value), connector, time, tokens)
    {
    }

    /// <summary>The bot with a real app id (<see cref="TokenMode"/>): every post carries a valid token from Teams' service URL.</summary>
    internal BotApplication(TokenMode tokens, string? folder = null, Dictionary<string, string?>? settings = null, FakeConnector? connector = null,
        TimeProvider? time = null)
        : this(DatabaseProvider.Sqlite, folder, TokenMode.Settings().Concat(settings ?? []).ToDictionary(p => p.Key, p => p.Value), connector, time, tokens)
    {
    }

    private BotApplication(DatabaseProvider database, string? folder, Dictionary<string, string?>? settings, FakeConnector? connector, TimeProvider? time, TokenMode? tokens)
    {
        Tokens = tokens;
        Time = time;
        Folder = folder ?? Directory.CreateTempSubdirectory("bplbot-test-").FullName;
        Connector = connector ?? new FakeConnector();
        Database = database;
        _settings = new Dictionary<string, string?>
        {
            ["Database:Provider"] = database.ToString(),
            ["ConnectionStrings:Bpl"] = database == DatabaseProvider.PostgreSql
                ? TestPostgres.Database(Path.GetFileName(Folder))
                : $"Data Source={Path.Combine(Folder, "bplbot.db")}",
            ["Bot:AppId"] = "",
            ["Network:File"] = "",
            ["Jobs:SchedulerName"] = "test-" + Guid.NewGuid().ToString("N"),
        };
        foreach (var (key, value) in settings ?? []) _settings[key] = value;
    }

    public string Folder { get; }

    public DatabaseProvider Database { get; }

    internal TokenMode? Tokens { get; }

    private readonly List<Action<IServiceCollection>> _services = [];

    /// <summary>Adds test services (e.g. an EF interceptor that records commands); call before the app first starts.</summary>
    public BotApplication WithServices(Action<IServiceCollection> configure)
    {
        _services.Add(configure);
        return this;
    }

    /// <summary>Every log line the bot wrote, formatted, with its exception: to prove what never reaches a log.</summary>
    public LogCapture Logs { get; } = new();

    /// <summary>The bot's clock when a test controls it (a FakeTimeProvider); the system clock otherwise.</summary>
    public TimeProvider? Time { get; }
    public FakeConnector Connector { get; }

    /// <summary>Where the bot must send its replies; loopback http is accepted only in anonymous mode.</summary>
    public const string ServiceUrl = "http://127.0.0.1:56150/_connector/";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        foreach (var (key, value) in _settings) builder.UseSetting(key, value);
        builder.ConfigureTestServices(services =>
        {
            foreach (var configure in _services) configure(services);
            services.AddHttpClient(BotFrameworkHttpClients.Connector).ConfigurePrimaryHttpMessageHandler(() => new PassThrough(Connector));
            services.AddHttpClient(BotFrameworkHttpClients.TokenEndpoint)
                .ConfigurePrimaryHttpMessageHandler(() => new PassThrough(Tokens?.TokenEndpoint ?? Connector));
            services.AddHttpClient(BotFrameworkHttpClients.OpenIdMetadata)
                .ConfigurePrimaryHttpMessageHandler(() => new PassThrough(Tokens?.Issuer ?? Connector));
            services.AddSingleton<IStartupFilter>(new LoopbackCaller());
            if (Time is not null) services.AddSingleton(Time);
            services.AddSingleton<Microsoft.Extensions.Logging.ILoggerProvider>(Logs);
        });
    }

    /// <summary>Posts an activity to <c>/api/messages</c> as the Teams connector (or the playground) would.</summary>
    public async Task<HttpResponseMessage> PostAsync(string activityJson)
    {
        if (Tokens is not null) activityJson = activityJson.Replace(ServiceUrl, TokenMode.ServiceUrl, StringComparison.Ordinal);
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/api/messages", UriKind.Relative))
        {
            Content = new StringContent(activityJson, Encoding.UTF8, "application/json"),
        };
        if (Tokens is not null) request.Headers.TryAddWithoutValidation("Authorization", Tokens.Authorization());
        return await CreateClient().SendAsync(request);
    }

    public async Task<HttpResponseMessage> SendAsync(string activityJson, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var response = await PostAsync(activityJson);
        Assert.Equal(expected, response.StatusCode);
        return response;
    }

    public T WithDb<T>(Func<BplDbContext, T> query)
    {
        using var scope = Services.CreateScope();
        return query(scope.ServiceProvider.GetRequiredService<BplDbContext>());
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        // Each test has its own PostgreSQL database, so its idle pooled connections would only pile up on the server.
        if (Database == DatabaseProvider.PostgreSql) Npgsql.NpgsqlConnection.ClearPool(new Npgsql.NpgsqlConnection(_settings["ConnectionStrings:Bpl"]));
        GC.SuppressFinalize(this);
    }

    /// <summary>Each IHttpClientFactory handler chain needs its own primary handler instance; this forwards to the shared fake.</summary>
    private sealed class PassThrough(HttpMessageHandler fake) : HttpMessageHandler
    {
        // The fake is shared by every handler chain of this app, so it is never disposed with one of them.
        private readonly HttpMessageInvoker _invoker = new(fake, disposeHandler: false);

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            _invoker.SendAsync(request, cancellationToken);
    }

    private sealed class LoopbackCaller : IStartupFilter
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
}
