using BplBot.Status;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;

namespace BplBot.Hosting;

/// <summary>
/// Where links the bot hands out (charts, newsletter files) point: <c>Status:PublicBaseUrl</c> when set (behind a
/// reverse proxy); else the host of the request being answered; else, in a job, where the bot listens.
/// </summary>
public sealed class PublicAddress(IOptions<StatusOptions> options, IHttpContextAccessor http, IServer server)
{
    public string BaseUrl()
    {
        if (options.Value.PublicBaseUrl is { Length: > 0 } configured) return configured.TrimEnd('/');
        if (http.HttpContext?.Request is { } request) return $"{request.Scheme}://{request.Host}";
        return (server.Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault() ?? "http://127.0.0.1:3978").TrimEnd('/');
    }
}
