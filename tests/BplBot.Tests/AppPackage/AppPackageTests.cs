using System.Diagnostics;
using System.IO.Compression;
using System.Text.Json.Nodes;
using BplBot.AppPackage;
using BplBot.Domain.Commands;
using BplBot.Tests.Infrastructure;
using SkiaSharp;

namespace BplBot.Tests.AppPackage;

/// <summary>The Teams app package: built by the README's command from configuration, valid against the official schema.</summary>
public sealed class AppPackageTests
{
    private static readonly Dictionary<string, string> Environment = new()
    {
        ["Bot__AppId"] = "6f1d2a3b-4c5d-4e6f-8a9b-0c1d2e3f4a5b",
        ["TeamsApp__WebsiteUrl"] = "https://www.example.se/bastaplatsen",
        ["TeamsApp__PrivacyUrl"] = "https://www.example.se/integritet",
        ["TeamsApp__TermsOfUseUrl"] = "https://www.example.se/villkor",
        ["TeamsApp__Version"] = "1.2.3",
        ["Status__PublicBaseUrl"] = "https://bplbot.example.se",
    };

    /// <summary><c>dotnet BplBot.dll package --out …</c>, the same program as <c>dotnet run --project src/BplBot -- package</c>.</summary>
    private static async Task<(int ExitCode, string Output, string Zip)> PackageAsync(Dictionary<string, string> environment)
    {
        var zip = Path.Combine(Directory.CreateTempSubdirectory("bplbot-package-").FullName, "bplbot-teams.zip");
        var start = new ProcessStartInfo("dotnet", [typeof(AppPackageCommand).Assembly.Location, "package", "--out", zip])
        {
            RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = NodeScripts.RepoRoot,
        };
        foreach (var (key, value) in environment) start.Environment[key] = value;
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await output + await errors, zip);
    }

    private static string Extract(string zip)
    {
        var folder = Directory.CreateTempSubdirectory("bplbot-manifest-").FullName;
        ZipFile.ExtractToDirectory(zip, folder);
        return folder;
    }

    [Fact]
    public async Task Package_FromConfiguration_HasManifestAndIconsAtTheRoot_AndPassesTheTeamsSchema()
    {
        var (exit, output, zip) = await PackageAsync(Environment);
        Assert.True(exit == 0, output);
        using (var archive = ZipFile.OpenRead(zip))
            Assert.Equal(["color.png", "en.json", "manifest.json", "outline.png"], archive.Entries.Select(e => e.FullName).Order());
        var folder = Extract(zip);

        var manifest = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(folder, "manifest.json")))!;
        Assert.Equal("1.22", manifest["manifestVersion"]!.GetValue<string>());
        Assert.Equal("6f1d2a3b-4c5d-4e6f-8a9b-0c1d2e3f4a5b", manifest["id"]!.GetValue<string>());
        Assert.Equal("6f1d2a3b-4c5d-4e6f-8a9b-0c1d2e3f4a5b", manifest["bots"]![0]!["botId"]!.GetValue<string>());
        Assert.Equal("1.2.3", manifest["version"]!.GetValue<string>());
        Assert.Equal("https://www.example.se/integritet", manifest["developer"]!["privacyUrl"]!.GetValue<string>());
        Assert.Equal(["bplbot.example.se"], manifest["validDomains"]!.AsArray().Select(d => d!.GetValue<string>()));
        Assert.Equal(["personal", "team", "groupChat"], manifest["bots"]![0]!["scopes"]!.AsArray().Select(s => s!.GetValue<string>()));
        Assert.DoesNotContain("${{", manifest.ToJsonString(), StringComparison.Ordinal);

        var (valid, messages) = await NodeScripts.RunAsync("validate-manifest.js", folder);
        Assert.True(valid == 0, messages);
        Assert.Equal("[]", messages.Trim());
    }

    [Fact]
    public async Task BrokenManifest_FailsWithTheSchemasMessage()
    {
        var (_, _, zip) = await PackageAsync(Environment);
        var folder = Extract(zip);
        var path = Path.Combine(folder, "manifest.json");
        var manifest = JsonNode.Parse(await File.ReadAllTextAsync(path))!.AsObject();
        manifest["bots"]![0]!.AsObject().Remove("botId");
        manifest["accentColor"] = "grön";
        await File.WriteAllTextAsync(path, manifest.ToJsonString());

        var (exit, messages) = await NodeScripts.RunAsync("validate-manifest.js", folder);
        Assert.Equal(1, exit);
        Assert.Contains("/bots/0 must have required property 'botId'", messages, StringComparison.Ordinal);
        Assert.Contains("/accentColor must match pattern", messages, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MissingSettings_AreNamed_AndNoPackageIsWritten()
    {
        var (exit, output, zip) = await PackageAsync(new Dictionary<string, string> { ["Bot__AppId"] = "not-a-guid" });
        Assert.Equal(2, exit);
        Assert.Contains("Bot:AppId must be the bot's Entra app (client) id, a GUID.", output, StringComparison.Ordinal);
        Assert.Contains("TeamsApp:PrivacyUrl must be an https address.", output, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", output, StringComparison.Ordinal);
        Assert.False(File.Exists(zip));
    }

    [Fact]
    public void Icons_HaveTeamsSizes_TheColourIconIsOpaque_TheOutlineIsWhiteOnTransparent()
    {
        using var color = SKBitmap.Decode(AppIcons.Color());
        Assert.Equal((192, 192), (color.Width, color.Height));
        Assert.All(color.Pixels, p => Assert.Equal(255, p.Alpha));
        Assert.True(color.Pixels.Select(p => p.ToString()).Distinct().Count() > 3, "a drawing, not a plain square");

        using var outline = SKBitmap.Decode(AppIcons.Outline()).Copy(SKColorType.Rgba8888);
        Assert.Equal((32, 32), (outline.Width, outline.Height));
        var pixels = Enumerable.Range(0, 32).SelectMany(y => Enumerable.Range(0, 32).Select(x => outline.GetPixel(x, y))).ToList();
        Assert.All(pixels.Where(p => p.Alpha > 0), p => Assert.True(p.Red == 255 && p.Green == 255 && p.Blue == 255, $"not white: {p}"));
        Assert.Equal(0, outline.GetPixel(0, 0).Alpha);
        Assert.InRange(pixels.Count(p => p.Alpha == 0), 32 * 32 / 2, 32 * 32 - 50); // mostly transparent, with a visible mark
    }

    [Fact]
    public void EveryCommandInTheManifest_IsOneTheBotUnderstands_InBothLanguages()
    {
        var folder = Path.Combine(NodeScripts.RepoRoot, "manifest");
        var manifest = JsonNode.Parse(File.ReadAllText(Path.Combine(folder, "manifest.json")))!;
        var english = JsonNode.Parse(File.ReadAllText(Path.Combine(folder, "en.json")))!.AsObject();
        var lists = manifest["bots"]![0]!["commandLists"]!.AsArray();
        for (var l = 0; l < lists.Count; l++)
        {
            var commands = lists[l]!["commands"]!.AsArray();
            for (var c = 0; c < commands.Count; c++)
            {
                var swedish = commands[c]!["title"]!.GetValue<string>();
                var translated = english[$"bots[0].commandLists[{l}].commands[{c}].title"]!.GetValue<string>();
                Assert.True(CommandParser.Parse(swedish).IsKnown, swedish);
                Assert.True(CommandParser.Parse(translated).IsKnown, translated);
                Assert.Equal(CommandParser.Parse(swedish).Name, CommandParser.Parse(translated).Name);
            }
        }
    }
}
