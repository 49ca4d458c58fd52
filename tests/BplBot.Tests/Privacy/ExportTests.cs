using System.Diagnostics;
using System.IO.Compression;
using System.Text;
using System.Text.Json.Nodes;
using BplBot.Domain.Audit;
using BplBot.Export;
using BplBot.Tests.CheckIn;
using BplBot.Tests.Infrastructure;
using DocumentFormat.OpenXml.Packaging;
using Microsoft.EntityFrameworkCore;

namespace BplBot.Tests.Privacy;

/// <summary>
/// The archive export: the ZIP opens, every JSON file validates against the documented schema, the CSVs agree with
/// the JSON, erased people appear nowhere, and network.json starts an empty database as a network file.
/// </summary>
public sealed class ExportTests
{
    private const string SaraEmail = "sara.holm@example.se", SaraName = "Sara Holm"; // a coach: a contact in the newsletter

    [Fact]
    public async Task Export_ValidatesAgainstItsSchemas_LeavesOutErasedPeople_AndReimportsAsANetworkFile()
    {
        await using var app = new BotApplication();
        app.AsFatima();
        await app.CompleteCheckInAsync(rating: "4,5");
        await app.SayAsync("radera mina data");
        await app.PressAsync("radera mina data bekräfta");
        await app.SayAsOtherAsync("demo samordnare"); // another account: a coordinator with a demo address
        await app.SayAsOtherAsync("bygg nyhetsbrev"); // a draft whose contacts name Sara Holm …
        await app.SayAsOtherAsync($"radera person {SaraEmail} bekräfta"); // … who is then erased

        var before = app.Connector.Sent.Count;
        await app.SayAsOtherAsync("exportera");
        var card = app.LastCard(before);
        Assert.Contains("Filen innehåller personuppgifter", card.Text(), StringComparison.Ordinal);
        using var response = await app.GetAsync(PrivacyKit.Links(card).Single());
        var folder = Unpack(await response.Content.ReadAsByteArrayAsync());

        // Every file is named by the manifest, with the right count, and validates against its schema.
        var manifest = JsonNode.Parse(File.ReadAllText(Path.Combine(folder, "manifest.json")))!;
        var named = manifest["files"]!.AsArray().Select(f => f!["path"]!.GetValue<string>()).ToList();
        var inZip = Directory.GetFiles(folder, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(folder, f).Replace('\\', '/')).ToList();
        Assert.Equal(inZip.Where(f => f != "manifest.json").Order(), named.Order());
        foreach (var kind in new[] { "teams", "measures", "meetings", "people", "check-ins", "coach-ratings", "support-requests", "newsletter-drafts", "audit" })
            Assert.Contains($"{kind}.json", named);
        Assert.Contains(named, n => n.StartsWith("newsletters/", StringComparison.Ordinal) && n.EndsWith(".docx", StringComparison.Ordinal));
        Assert.Equal(Directory.GetFiles(Path.Combine(NodeScripts.RepoRoot, "docs", "export", "schemas")).Select(Path.GetFileName).Order(),
            Directory.GetFiles(Path.Combine(folder, "schemas")).Select(Path.GetFileName).Order());
        var (exit, output) = await NodeScripts.RunAsync("validate-export.js", folder);
        Assert.True(exit == 0, output);

        // The CSVs have the JSON's rows.
        Assert.Equal(Items(folder, "teams").Count, Rows(folder, "teams").Count);
        Assert.Equal(Items(folder, "check-ins").Count, Rows(folder, "check-ins").Count);
        Assert.Equal(Items(folder, "meetings").Count, Rows(folder, "meetings").Count);
        Assert.Equal(Items(folder, "measures").Sum(m => m!["values"]!.AsArray().Count), Rows(folder, "values").Count);
        Assert.StartsWith("id,team_key,meeting,submitted_at,author,rating,", Rows(folder, "check-ins", header: true)[0], StringComparison.Ordinal);

        // Erased people: nowhere, in any file (the Word files' text too); their reports read "tidigare medlem".
        var everything = AllText(folder);
        foreach (var secret in new[] { PrivacyKit.FatimaEmail, PrivacyKit.FatimaName, TeamsActivities.UserAad, SaraEmail, SaraName })
            Assert.DoesNotContain(secret, everything, StringComparison.OrdinalIgnoreCase);
        var today = Items(folder, "check-ins").Single(c => c!["rating"]!.GetValue<decimal>() == 4.5m && c["reason"]!.GetValue<string>() == "Fler hembesök görs tillsammans");
        Assert.Equal("tidigare medlem", today!["author"]!.GetValue<string>());
        Assert.Null(today["authorPersonId"]);
        var html = File.ReadAllText(Directory.GetFiles(Path.Combine(folder, "newsletters"), "*.html").First());
        Assert.Contains("<li>tidigare medlem, coach f", html, StringComparison.Ordinal);
        Assert.DoesNotContain("mailto:–", html, StringComparison.Ordinal);
        Assert.Contains(Items(folder, "people"), p => p!["email"]!.GetValue<string>() == "maja.lindqvist@example.se");

        // network.json starts an empty database: the same teams, measures with their values, people and meetings.
        await using var copy = new BotApplication(settings: new() { ["Network:File"] = Path.Combine(folder, "network.json") });
        var original = Summary(app);
        Assert.Equal(original, Summary(copy));
        Assert.Equal(Items(folder, "people").Count, copy.WithDb(db => db.People.Count()));
    }

    [Fact]
    public async Task ExportCommand_WritesTheZipFromTheBotsDatabase_WhileItRuns_AndIsAudited()
    {
        await using var app = new BotApplication();
        app.AsFatima();
        await app.SayAsync("vem är jag");
        var zip = Path.Combine(Directory.CreateTempSubdirectory("bplbot-export-").FullName, "archive.zip");
        var (exit, output) = await RunExportAsync(app.Folder, zip);
        Assert.True(exit == 0, output);
        Assert.Contains("exported to", output, StringComparison.Ordinal);
        var folder = Unpack(await File.ReadAllBytesAsync(zip));
        Assert.Equal("operator", JsonNode.Parse(File.ReadAllText(Path.Combine(folder, "manifest.json")))!["exportedBy"]!.GetValue<string>());
        Assert.Equal(app.WithDb(db => db.Teams.Count()), Items(folder, "teams").Count);
        Assert.Single(app.WithDb(db => db.AuditEntries.Where(e => e.Action == AuditAction.ArchiveExported && e.Actor == AuditActor.Operator).ToList()));

        var missing = await RunExportAsync(Directory.CreateTempSubdirectory("bplbot-nodb-").FullName, zip + ".2");
        Assert.Equal(2, missing.ExitCode);
        Assert.Contains("There is no database at", missing.Output, StringComparison.Ordinal);
        Assert.False(File.Exists(zip + ".2"));
    }

    /// <summary><c>dotnet BplBot.dll export --out …</c>, the same program as <c>dotnet run --project src/BplBot -- export</c>.</summary>
    private static async Task<(int ExitCode, string Output)> RunExportAsync(string dataFolder, string zip)
    {
        var start = new ProcessStartInfo("dotnet", [typeof(ExportCommand).Assembly.Location, "export", "--out", zip])
        {
            RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = NodeScripts.RepoRoot,
        };
        start.Environment["ConnectionStrings__Bpl"] = $"Data Source={Path.Combine(dataFolder, "bplbot.db")}";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await output + await errors);
    }

    private static string Unpack(byte[] zip)
    {
        var folder = Directory.CreateTempSubdirectory("bplbot-export-").FullName;
        using var archive = new ZipArchive(new MemoryStream(zip));
        archive.ExtractToDirectory(folder);
        return folder;
    }

    private static JsonArray Items(string folder, string kind) =>
        JsonNode.Parse(File.ReadAllText(Path.Combine(folder, kind + ".json")))!["items"]!.AsArray();

    /// <summary>A CSV's records (RFC 4180: a quoted field may hold line breaks), without the header unless asked.</summary>
    private static List<string> Rows(string folder, string name, bool header = false)
    {
        var text = File.ReadAllText(Path.Combine(folder, "csv", name + ".csv"));
        var rows = new List<string>();
        var current = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '"') quoted = !quoted;
            if (!quoted && text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                rows.Add(current.ToString());
                current.Clear();
                i++;
                continue;
            }
            current.Append(text[i]);
        }
        return header ? rows : rows.Skip(1).ToList();
    }

    /// <summary>Every file's text; a Word file's text from its XML parts.</summary>
    private static string AllText(string folder)
    {
        var text = new StringBuilder();
        foreach (var file in Directory.GetFiles(folder, "*", SearchOption.AllDirectories))
        {
            if (file.EndsWith(".docx", StringComparison.Ordinal))
            {
                using var document = WordprocessingDocument.Open(file, false);
                text.Append(document.MainDocumentPart!.Document!.InnerText).Append(document.PackageProperties.Creator);
            }
            else text.Append(File.ReadAllText(file));
        }
        return text.ToString();
    }

    private static string Summary(BotApplication app) => app.WithDb(db =>
        string.Join("\n",
            db.Teams.AsNoTracking().OrderBy(t => t.Key).AsEnumerable().Select(t => $"{t.Key} {t.Name} {t.ShortName} {t.Municipality} {t.FocusArea}"),
            db.Measures.AsNoTracking().Include(m => m.Values).OrderBy(m => m.Key).AsEnumerable()
                .Select(m => $"{m.Key} {m.Name} {m.Unit} {m.Kind} {m.GoalValue} {string.Join(",", m.Values.OrderBy(v => v.Date).Select(v => $"{v.Date}={v.Value}"))}"),
            db.Meetings.AsNoTracking().Where(m => !m.IsCancelled).OrderBy(m => m.Ordinal).AsEnumerable().Select(m => $"{m.Ordinal} {m.StartsAt:O} {m.Place}"),
            db.People.AsNoTracking().Where(p => p.ErasedAt == null).OrderBy(p => p.Email).AsEnumerable()
                .Select(p => $"{p.Email} {p.Name} {string.Join(",", p.Roles.Select(r => $"{r.Role}:{r.TeamId}").Order())}")));
}
