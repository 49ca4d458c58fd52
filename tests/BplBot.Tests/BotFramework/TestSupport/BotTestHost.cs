using System.Net;
using System.Text;
using BplBot.BotFramework;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace BplBot.Tests.BotFramework.TestSupport;

/// <summary>What a test's host looks like; every test builds its own.</summary>
internal sealed class BotTestHostSettings
{
    public Dictionary<string, string?> Config { get; init; } = [];

    /// <summary>Set as the caller's address on every request (TestServer leaves it null otherwise).</summary>
    public IPAddress? RemoteIp { get; init; }

    public FakeHttpHandler? OpenIdMetadata { get; init; }
    public FakeHttpHandler? Connector { get; init; }
    public FakeHttpHandler? TokenEndpoint { get; init; }
    public TimeProvider? TimeProvider { get; init; }
}

/// <summary>A minimal WebApplication on TestServer: AddBotFramework + MapBotFramework + a recording handler.</summary>
internal sealed class BotTestHost : IAsyncDisposable
{
    public const string AppId = "11111111-2222-3333-4444-555555555555";
    public const string TenantId = "72f988bf-0000-0000-0000-000000000001";

    private BotTestHost(WebApplication app, RecordingActivityHandler handler, CapturingLoggerProvider logs)
    {
        App = app;
        Handler = handler;
        Logs = logs;
        Client = app.GetTestClient();
    }

    public WebApplication App { get; }
    public HttpClient Client { get; }
    public RecordingActivityHandler Handler { get; }
    public CapturingLoggerProvider Logs { get; }

    /// <summary>Config of a SingleTenant bot whose tokens come from <see cref="FakeBotFrameworkIssuer"/>, with tiny retry delays.</summary>
    public static Dictionary<string, string?> AuthenticatedConfig() => new()
    {
        ["Bot:AppId"] = AppId,
        ["Bot:AppPassword"] = "test-secret",
        ["Bot:TenantId"] = TenantId,
        ["Bot:OpenIdMetadataUrl"] = FakeBotFrameworkIssuer.MetadataUrl,
        ["Bot:RetryBaseDelay"] = "00:00:00.001",
        ["Bot:RetryMaxDelay"] = "00:00:05",
        ["Bot:MaxSendAttempts"] = "3",
    };

    public static async Task<BotTestHost> StartAsync(BotTestHostSettings settings)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Testing" });
        builder.WebHost.UseTestServer();
        builder.Configuration.AddInMemoryCollection(settings.Config);
        var logs = new CapturingLoggerProvider();
        builder.Logging.ClearProviders().AddProvider(logs).SetMinimumLevel(LogLevel.Debug);

        builder.AddBotFramework();
        var handler = new RecordingActivityHandler();
        builder.Services.AddScoped<IActivityHandler>(_ => handler);
        if (settings.TimeProvider is not null)
        {
            builder.Services.AddSingleton(settings.TimeProvider);
        }
        UseFake(builder.Services, BotFrameworkHttpClients.OpenIdMetadata, settings.OpenIdMetadata);
        UseFake(builder.Services, BotFrameworkHttpClients.Connector, settings.Connector);
        UseFake(builder.Services, BotFrameworkHttpClients.TokenEndpoint, settings.TokenEndpoint);

        var app = builder.Build();
        if (settings.RemoteIp is { } remoteIp)
        {
            app.Use((context, next) =>
            {
                context.Connection.RemoteIpAddress = remoteIp;
                return next(context);
            });
        }
        app.MapBotFramework();
        try
        {
            await app.StartAsync();
        }
        catch
        {
            await app.DisposeAsync(); // e.g. options validation failed: the test asserts on the exception, not the host.
            throw;
        }
        return new BotTestHost(app, handler, logs);
    }

    public ConnectorClient Connector => App.Services.GetRequiredService<ConnectorClient>();

    public Task<HttpResponseMessage> PostActivityAsync(string json, string? authorization = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, BotFrameworkExtensions.MessagesPath)
        {
            Content = new StringContent(json, Encoding.UTF8, "application/json"),
        };
        if (authorization is not null)
        {
            request.Headers.TryAddWithoutValidation("Authorization", authorization);
        }
        return Client.SendAsync(request);
    }

    /// <summary>
    /// Posts through TestServer's raw context, so headers reach the server byte for byte (HttpClient would normalise
    /// e.g. "Bearer  x"), and the caller's address can be set per request. Returns the status code.
    /// </summary>
    public async Task<int> PostRawAsync(string json, string? authorization, IPAddress? remoteIp = null)
    {
        var context = await App.GetTestServer().SendAsync(context =>
        {
            context.Request.Method = HttpMethods.Post;
            context.Request.Path = BotFrameworkExtensions.MessagesPath;
            context.Request.ContentType = "application/json";
            context.Request.Body = new MemoryStream(Encoding.UTF8.GetBytes(json));
            if (authorization is not null)
            {
                context.Request.Headers.Authorization = authorization;
            }
            context.Connection.RemoteIpAddress = remoteIp;
        });
        return context.Response.StatusCode;
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await App.StopAsync();
        await App.DisposeAsync();
    }

    private static void UseFake(IServiceCollection services, string clientName, FakeHttpHandler? fake)
    {
        if (fake is not null)
        {
            services.AddHttpClient(clientName).ConfigurePrimaryHttpMessageHandler(() => fake);
        }
    }
}
