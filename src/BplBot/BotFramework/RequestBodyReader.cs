using Microsoft.AspNetCore.Http;

namespace BplBot.BotFramework;

/// <summary>Reads a request body up to a cap, whatever Content-Length claimed (chunked bodies have none).</summary>
internal static class RequestBodyReader
{
    private const int ChunkSize = 16 * 1024;

    /// <summary>The body, or null as soon as it grows past <paramref name="maxBytes"/>.</summary>
    public static async Task<byte[]?> ReadCappedAsync(HttpRequest request, int maxBytes, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[ChunkSize];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > maxBytes)
            {
                return null; // Stop reading: the rest is never buffered.
            }
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }
}
