using BplBot.BotFramework;

namespace BplBot.Hosting;

/// <summary>
/// One place for what every response gets (F16): <c>nosniff</c> and a Content-Security-Policy that lets a chart or a
/// newsletter HTML file show nothing but its own inline styles and data: images, so a served file can never run
/// script. It also stands in front of the Development exception page, which would otherwise show stack traces and
/// request details to whoever calls the unauthenticated <c>/charts</c>, <c>/newsletter</c> and <c>/healthz</c>.
/// </summary>
public static partial class ResponseHardening
{
    public const string ContentSecurityPolicy = "default-src 'none'; img-src data:; style-src 'unsafe-inline'";

    public static IApplicationBuilder UseResponseHardening(this IApplicationBuilder app)
    {
        var logger = app.ApplicationServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(ResponseHardening).FullName!);
        return app.Use(async (context, next) =>
        {
            var headers = context.Response.Headers;
            headers.XContentTypeOptions = "nosniff";
            headers.ContentSecurityPolicy = ContentSecurityPolicy;
            try
            {
                await next(context);
            }
            catch (Exception ex) when (!context.Response.HasStarted && !context.RequestAborted.IsCancellationRequested)
            {
                UnhandledRequestFailure(logger, LogSafe.Redact(ex), context.Request.Method, context.GetEndpoint()?.DisplayName);
                context.Response.Clear();
                context.Response.StatusCode = StatusCodes.Status500InternalServerError;
                context.Response.Headers.XContentTypeOptions = "nosniff";
                context.Response.Headers.ContentSecurityPolicy = ContentSecurityPolicy;
            }
        });
    }

    // The endpoint's name, never the path: a chart or newsletter path is a bearer token.
    [LoggerMessage(1, LogLevel.Error, "A {Method} request to {Endpoint} failed")]
    private static partial void UnhandledRequestFailure(ILogger logger, Exception exception, string method, string? endpoint);
}
