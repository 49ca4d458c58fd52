using Microsoft.Extensions.Configuration.Json;
using Microsoft.Extensions.FileProviders;

namespace BplBot.Hosting;

public static class HostingExtensions
{
    private const string DefaultUrl = "http://127.0.0.1:3978";
    public const string SettingsDirectoryKey = "BplBot.SettingsDirectory";

    /// <summary>
    /// A relative path in the settings (the database file, the network file) is read from the folder of the settings
    /// file, so <c>data/</c> means the same folder whether the bot is started from the repository root or elsewhere.
    /// </summary>
    public static string ResolveSettingsPath(this WebApplicationBuilder builder, string path)
    {
        var root = builder.Host.Properties.TryGetValue(SettingsDirectoryKey, out var dir) && dir is string s
            ? s
            : builder.Environment.ContentRootPath;
        return Path.GetFullPath(path, root);
    }

    /// <summary>
    /// The settings file lives at the repository root (and beside the binary when published). It is read with the
    /// same precedence as the usual appsettings.json: environment variables and the command line still win.
    /// </summary>
    public static WebApplicationBuilder UseRootSettings(this WebApplicationBuilder builder)
    {
        var path = FindSettings(builder.Environment.ContentRootPath) ?? FindSettings(AppContext.BaseDirectory);
        builder.Host.Properties[SettingsDirectoryKey] = path is null ? builder.Environment.ContentRootPath : Path.GetDirectoryName(path)!;
        if (path is null) return builder;
        var sources = builder.Configuration.Sources;
        var existing = sources.OfType<JsonConfigurationSource>().FirstOrDefault(s => s.Path == "appsettings.json");
        var index = existing is null ? 0 : sources.IndexOf(existing);
        if (existing is not null) sources.Remove(existing);
        var source = new JsonConfigurationSource
        {
            Path = Path.GetFileName(path),
            Optional = false,
            ReloadOnChange = false,
            FileProvider = new PhysicalFileProvider(Path.GetDirectoryName(path)!),
        };
        sources.Insert(index, source);
        return builder;
    }

    /// <summary>Listens on loopback port 3978 unless <c>ASPNETCORE_URLS</c> or <c>--urls</c> says otherwise.</summary>
    public static WebApplicationBuilder ListenOnLoopbackByDefault(this WebApplicationBuilder builder)
    {
        if (string.IsNullOrWhiteSpace(builder.Configuration["urls"]) && string.IsNullOrWhiteSpace(builder.Configuration["http_ports"]))
            builder.WebHost.UseUrls(DefaultUrl);
        return builder;
    }

    private static string? FindSettings(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "appsettings.json");
            if (File.Exists(candidate)) return candidate;
            if (File.Exists(Path.Combine(dir.FullName, "BplBot.slnx"))) return null;
        }
        return null;
    }
}
