using System.IO.Compression;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace BplBot.AppPackage;

/// <summary>What goes into the package besides the templates: ids, URLs and the host the bot serves links from.</summary>
public sealed record AppPackageSettings(string AppId, string BotId, string Version, string DeveloperName,
    string WebsiteUrl, string PrivacyUrl, string TermsOfUseUrl, string? PublicHost);

/// <summary>
/// Builds the Teams app zip from <c>manifest/manifest.json</c> (a template), its English localization and the
/// drawn icons: ids, developer URLs and valid domains come from configuration, never from the repository.
/// </summary>
public static class AppPackageBuilder
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The settings' problems, in plain words naming the key; empty when the package can be built.</summary>
    public static IReadOnlyList<string> Problems(AppPackageSettings s)
    {
        var problems = new List<string>();
        if (!Guid.TryParse(s.BotId, out _)) problems.Add("Bot:AppId must be the bot's Entra app (client) id, a GUID.");
        if (!Guid.TryParse(s.AppId, out _)) problems.Add("TeamsApp:Id must be a GUID (or empty to use Bot:AppId).");
        if (!System.Text.RegularExpressions.Regex.IsMatch(s.Version, @"^[0-9]+\.[0-9]+\.[0-9]+$", System.Text.RegularExpressions.RegexOptions.None, TimeSpan.FromMilliseconds(BplBot.Domain.Text.InputLimits.RegexTimeoutMilliseconds))) problems.Add("TeamsApp:Version must look like 1.0.0.");
        foreach (var (key, url) in new[] { ("TeamsApp:WebsiteUrl", s.WebsiteUrl), ("TeamsApp:PrivacyUrl", s.PrivacyUrl), ("TeamsApp:TermsOfUseUrl", s.TermsOfUseUrl) })
            if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme != Uri.UriSchemeHttps) problems.Add($"{key} must be an https address.");
        if (s.DeveloperName.Length is 0 or > 32) problems.Add("TeamsApp:DeveloperName must be 1–32 characters.");
        return problems;
    }

    public static JsonObject Manifest(string template, AppPackageSettings s)
    {
        var manifest = JsonNode.Parse(template)!.AsObject();
        manifest["id"] = s.AppId;
        manifest["version"] = s.Version;
        var developer = manifest["developer"]!.AsObject();
        developer["name"] = s.DeveloperName;
        developer["websiteUrl"] = s.WebsiteUrl;
        developer["privacyUrl"] = s.PrivacyUrl;
        developer["termsOfUseUrl"] = s.TermsOfUseUrl;
        manifest["bots"]![0]!["botId"] = s.BotId;
        manifest["validDomains"] = s.PublicHost is { Length: > 0 } host ? new JsonArray(host) : new JsonArray();
        var text = manifest.ToJsonString();
        if (text.Contains("${{", StringComparison.Ordinal)) throw new InvalidOperationException("manifest.json has a placeholder the packager does not fill.");
        return manifest;
    }

    public static byte[] Zip(string manifestFolder, AppPackageSettings s)
    {
        var manifest = Manifest(File.ReadAllText(Path.Combine(manifestFolder, "manifest.json")), s);
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            Add(zip, "manifest.json", System.Text.Encoding.UTF8.GetBytes(manifest.ToJsonString(Indented)));
            Add(zip, "en.json", File.ReadAllBytes(Path.Combine(manifestFolder, "en.json")));
            Add(zip, "color.png", AppIcons.Color());
            Add(zip, "outline.png", AppIcons.Outline());
        }
        return stream.ToArray();
    }

    private static void Add(ZipArchive zip, string name, byte[] content)
    {
        using var entry = zip.CreateEntry(name, CompressionLevel.Optimal).Open();
        entry.Write(content);
    }
}
