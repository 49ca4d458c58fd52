using System.Net;
using System.Net.Sockets;

namespace BplBot.E2E.Hosting;

internal static class FreePort
{
    /// <summary>
    /// A port free right now on <paramref name="address"/>. Another process may take it before the
    /// child binds it, so whoever uses it must check what the child really bound.
    /// </summary>
    public static int Pick(IPAddress address)
    {
        using var listener = new TcpListener(address, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
