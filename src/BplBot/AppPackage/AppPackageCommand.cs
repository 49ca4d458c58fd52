using BplBot.Hosting;
using BplBot.Status;

namespace BplBot.AppPackage;

/// <summary>
/// <c>dotnet run --project src/BplBot -- package [--out build/bplbot-teams.zip]</c>: builds the Teams app zip from the
/// same configuration the bot reads (appsettings.json, environment, command line) and exits.
/// </summary>
public static class AppPackageCommand
{
    public const string Verb = "package";

    public static int Run(string[] args)
    {
        var rest = args.Skip(1).ToList();
        var output = "build/bplbot-teams.zip";
        var at = rest.IndexOf("--out");
        if (at >= 0 && at + 1 < rest.Count)
        {
            output = rest[at + 1];
            rest.RemoveRange(at, 2);
        }
        var builder = WebApplication.CreateBuilder(rest.ToArray());
        builder.UseRootSettings();
        var configuration = builder.Configuration;
        var options = configuration.GetSection(AppPackageOptions.Section).Get<AppPackageOptions>() ?? new AppPackageOptions();
        var botId = configuration["Bot:AppId"] ?? string.Empty;
        var publicUrl = configuration.GetSection(StatusOptions.Section).Get<StatusOptions>()?.PublicBaseUrl;
        var settings = new AppPackageSettings(options.Id.Length > 0 ? options.Id : botId, botId, options.Version, options.DeveloperName,
            options.WebsiteUrl, options.PrivacyUrl, options.TermsOfUseUrl,
            Uri.TryCreate(publicUrl, UriKind.Absolute, out var uri) ? uri.Host : null);
        var problems = AppPackageBuilder.Problems(settings);
        if (problems.Count > 0)
        {
            Console.Error.WriteLine("The Teams app package cannot be built yet. Set these in appsettings.json or as environment variables (Section__Key):");
            foreach (var problem in problems) Console.Error.WriteLine("  - " + problem);
            return 2;
        }
        var manifestFolder = ManifestFolder(builder.Host.Properties.TryGetValue(HostingExtensions.SettingsDirectoryKey, out var dir) ? dir as string : null);
        var zip = AppPackageBuilder.Zip(manifestFolder, settings);
        var full = Path.GetFullPath(output);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllBytes(full, zip);
        Console.WriteLine($"Teams app package written to {full} (app {settings.AppId}, bot {settings.BotId}, version {settings.Version}).");
        return 0;
    }

    /// <summary>The repository's <c>manifest/</c> folder, beside appsettings.json.</summary>
    private static string ManifestFolder(string? settingsDirectory)
    {
        foreach (var start in new[] { settingsDirectory, Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
            for (var d = start is null ? null : new DirectoryInfo(start); d is not null; d = d.Parent)
                if (File.Exists(Path.Combine(d.FullName, "manifest", "manifest.json"))) return Path.Combine(d.FullName, "manifest");
        throw new InvalidOperationException("No manifest/manifest.json found above the settings or the current folder.");
    }
}
