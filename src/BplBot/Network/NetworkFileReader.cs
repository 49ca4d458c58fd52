using System.Security.Cryptography;
using System.Text.Json;

namespace BplBot.Network;

/// <summary>Reads and checks a network file, so a mistake is reported with where it is, before anything is imported.</summary>
public static class NetworkFileReader
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        AllowTrailingCommas = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        // A key written twice would silently keep the last one: a role or an id the author believes they changed.
        AllowDuplicateProperties = false,
    };

    public static (NetworkDocument Document, string Hash) Read(string path)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new NetworkFileException($"The network file '{path}' cannot be read: {e.Message}", e);
        }
        return (Parse(bytes, path), Convert.ToHexString(SHA256.HashData(bytes)));
    }

    public static NetworkDocument Parse(byte[] json, string source)
    {
        NetworkDocument? document;
        try
        {
            document = JsonSerializer.Deserialize<NetworkDocument>(json, Json);
        }
        catch (JsonException e)
        {
            var where = e.LineNumber is { } line ? $" at line {line + 1}, position {e.BytePositionInLine + 1}" : string.Empty;
            var path = string.IsNullOrEmpty(e.Path) ? string.Empty : $" ({e.Path})";
            // The operator's own file: its parser message ("Duplicate property 'email'…") says what to fix.
            throw new NetworkFileException($"The network file '{source}' is not valid JSON{where}{path}: {e.Message}", e);
        }
        if (document is null) throw new NetworkFileException($"The network file '{source}' is empty.");

        var problems = NetworkDocumentValidator.Validate(document);
        if (problems.Count > 0)
        {
            var list = string.Join(Environment.NewLine, problems.Take(20).Select(p => "  - " + p));
            var more = problems.Count > 20 ? $"{Environment.NewLine}  … and {problems.Count - 20} more" : string.Empty;
            throw new NetworkFileException($"The network file '{source}' has {problems.Count} problem(s):{Environment.NewLine}{list}{more}");
        }
        return document;
    }
}
