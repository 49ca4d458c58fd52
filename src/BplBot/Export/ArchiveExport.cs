using System.IO.Compression;
using System.Reflection;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace BplBot.Export;

/// <summary>
/// The network's records as one ZIP in open formats, for the municipality's e-archive or another system: JSON per kind
/// with its schema, CSV for the tables people open in a spreadsheet, the newsletter drafts as Word and HTML, the network
/// as a network file, and a manifest. See <c>docs/export.md</c>.
/// </summary>
public sealed class ArchiveExport(ArchiveReader reader)
{
    public const int SchemaVersion = 1;

    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    };

    public async Task WriteAsync(Stream output, string exportedBy, CancellationToken ct)
    {
        var data = await reader.ReadAsync(ct);
        var files = new List<ExportManifestFile>();
        using var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);
        void Add(string path, byte[] bytes, string format, string? schema = null, int? records = null)
        {
            var entry = zip.CreateEntry(path, CompressionLevel.Optimal);
            entry.LastWriteTime = data.ExportedAt;
            using (var stream = entry.Open()) stream.Write(bytes);
            files.Add(new ExportManifestFile(path, format, schema, records));
        }
        void Kind<T>(string kind, IReadOnlyList<T> items) => Add(kind + ".json",
            JsonSerializer.SerializeToUtf8Bytes(new ExportFile<T>(kind, SchemaVersion, data.ExportedAt, items), Json), "json",
            $"schemas/{kind}.schema.json", items.Count);

        Kind("teams", data.Teams);
        Kind("measures", data.Measures);
        Kind("meetings", data.Meetings);
        Kind("people", data.People);
        Kind("check-ins", data.CheckIns);
        Kind("coach-ratings", data.CoachRatings);
        Kind("support-requests", data.SupportRequests);
        Kind("newsletter-drafts", data.Newsletters);
        Kind("audit", data.Audit);
        Add("network.json", JsonSerializer.SerializeToUtf8Bytes(NetworkFileExport.From(data), Json), "json", "schemas/network.schema.json");
        foreach (var (name, table) in ArchiveCsv.Tables(data)) Add($"csv/{name}.csv", table.ToBytes(), "csv", null, table.Rows);
        foreach (var draft in data.Newsletters)
        {
            var (docx, html) = await reader.NewsletterFilesAsync(draft.Id, ct);
            Add(draft.Docx, docx, "docx");
            Add(draft.Html, Encoding.UTF8.GetBytes(html), "html");
        }
        foreach (var (name, schema) in Schemas()) Add("schemas/" + name, schema, "json-schema");
        Add("README.txt", Encoding.UTF8.GetBytes(ReadMe(data)), "text");
        var manifest = new ExportManifest("bplbot-export", SchemaVersion, data.ExportedAt, data.Network, data.Source, exportedBy, files.ToList());
        Add("manifest.json", JsonSerializer.SerializeToUtf8Bytes(manifest, Json), "json", "schemas/manifest.schema.json");
    }

    /// <summary>The JSON Schemas of <c>docs/export/schemas</c>, shipped inside the app.</summary>
    public static IEnumerable<(string Name, byte[] Schema)> Schemas()
    {
        const string prefix = "BplBot.Export.Schemas.";
        var assembly = Assembly.GetExecutingAssembly();
        foreach (var resource in assembly.GetManifestResourceNames().Where(n => n.StartsWith(prefix, StringComparison.Ordinal)).Order())
        {
            using var stream = assembly.GetManifestResourceStream(resource)!;
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            yield return (resource[prefix.Length..], copy.ToArray());
        }
    }

    private static string ReadMe(ArchiveData data) => $"""
        Export från BplBot – nätverket {data.Network}
        Exporterad {data.ExportedAt:yyyy-MM-dd HH:mm} UTC.

        manifest.json listar varje fil med format, schema och antal poster. JSON-filerna (en per slag: team, mått med
        mätvärden, träffar, personer, rapporter, coachskattningar, önskemål om stöd, utkast till nyhetsbrev, logg)
        beskrivs av JSON Schema-filerna i schemas/. csv/ har team, mått, mätvärden, rapporter och träffar som tabeller
        (UTF-8, kommatecken, decimalpunkt, tider i UTC). newsletters/ har varje version av utkasten som Word och HTML.
        network.json är nätverket som nätverksfil: BplBot kan startas från den (Network:File) i en tom databas.
        Filen innehåller personuppgifter (namn, e-post, Teams-id): förvara den som nätverkets övriga handlingar.
        Personer som har raderats finns inte med; där de stod som författare står "tidigare medlem".

        Export from BplBot. manifest.json lists every file with its format, schema and record count; schemas/ holds
        the JSON Schemas; network.json re-imports as a network file. It holds personal data: keep it as the network's
        other records. Erased people are not in it; as authors they read "tidigare medlem" (former member).
        """;
}
