using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;

namespace BplBot.Privacy;

/// <summary><c>GET /mina-data/{token}.json</c>: the person's data, read when fetched, for whoever holds a valid, unexpired link.</summary>
public static class PersonalDataEndpoint
{
    private const string Refused = "Länken har gått ut eller är ogiltig. Skriv mina data till BplBot för en ny. " +
        "(The link has expired or is not valid. Write my data to BplBot for a new one.)";

    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        // Å, ä and ö as they are: the file is for people to read too.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static IEndpointRouteBuilder MapPersonalData(this IEndpointRouteBuilder app)
    {
        app.MapGet(PrivacyLinks.PersonalData.Path + "{token}", GetAsync).ExcludeFromDescription();
        return app;
    }

    private static async Task<Results<FileContentHttpResult, NotFound<string>>> GetAsync(
        string token, PrivacyLinks links, PersonalDataReader reader, HttpResponse response, CancellationToken ct)
    {
        if (links.Read(PrivacyLinks.PersonalData, token) is not { } personId) return TypedResults.NotFound(Refused);
        if (await reader.ReadAsync(personId, ct) is not { } data) return TypedResults.NotFound(Refused);
        response.Headers.CacheControl = "private, no-store";
        return TypedResults.File(JsonSerializer.SerializeToUtf8Bytes(data, Json), "application/json; charset=utf-8", "mina-data.json");
    }
}
