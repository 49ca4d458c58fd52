using BplBot.BotFramework;

namespace BplBot.Tests.BotFramework.TestSupport;

/// <summary>
/// The real Teams payloads under BotFramework/Payloads. Read from the build output when the test project copies them
/// there, else found by walking up from the output folder to the source tree (the csproj isn't ours to change).
/// </summary>
internal static class Payloads
{
    private static readonly string RelativeFolder = Path.Combine("BotFramework", "Payloads");
    private static readonly Lazy<string> Folder = new(Locate);

    public static IEnumerable<string> Names => Directory.EnumerateFiles(Folder.Value, "*.json").Select(Path.GetFileName).OfType<string>();

    public static string Json(string name) => File.ReadAllText(Path.Combine(Folder.Value, name));

    public static Activity Activity(string name) =>
        BotJson.TryParseActivity(File.ReadAllBytes(Path.Combine(Folder.Value, name))) ?? throw new InvalidDataException($"{name} is not an activity.");

    private static string Locate()
    {
        var copied = Path.Combine(AppContext.BaseDirectory, RelativeFolder);
        if (Directory.Exists(copied))
        {
            return copied;
        }
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "tests", "BplBot.Tests", RelativeFolder);
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }
        throw new DirectoryNotFoundException($"No {RelativeFolder} folder above {AppContext.BaseDirectory}.");
    }
}
