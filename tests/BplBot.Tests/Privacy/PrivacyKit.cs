using System.Text;
using System.Text.Json.Nodes;
using BplBot.Tests.CheckIn;
using BplBot.Tests.Infrastructure;
using Microsoft.Data.Sqlite;
using static BplBot.Tests.Infrastructure.TeamsActivities;

namespace BplBot.Tests.Privacy;

internal static class PrivacyKit
{
    public const string FatimaEmail = "fatima.noor@example.se";
    public const string FatimaName = "Fatima Noor";

    public static List<string> Links(JsonObject card) =>
        card["actions"]!.AsArray().Where(a => a!["type"]!.GetValue<string>() == "Action.OpenUrl").Select(a => a!["url"]!.GetValue<string>()).ToList();

    /// <summary>Fetches one of the bot's own links (the card's URL names the test server's host).</summary>
    public static Task<HttpResponseMessage> GetAsync(this BotApplication app, string url) =>
        app.CreateClient().GetAsync(new Uri(new Uri(url).PathAndQuery, UriKind.Relative));

    /// <summary>Presses a card button that runs <paramref name="command"/> (an <c>Action.Submit</c> in the 1:1 chat).</summary>
    public static Task<string> PressAsync(this BotApplication app, string command) =>
        app.AnswerToAsync(Submit(new JsonObject { ["bplbot"] = "command", ["text"] = command, ["lang"] = "sv" }));

    public const string OtherUser = "29:1-megan", OtherAad = "00000000-0000-0000-0000-0000000000a1";

    /// <summary>Says <paramref name="text"/> as another Teams account (Megan), in her own 1:1 chat; returns the bot's answers.</summary>
    public static Task<string> SayAsOtherAsync(this BotApplication app, string text) =>
        app.AnswerToAsync(PersonalMessage(text, userId: OtherUser, aad: OtherAad).Replace(PersonalChat, "a:1personal-chat-megan", StringComparison.Ordinal));

    /// <summary>
    /// What the bot sent after connector call <paramref name="from"/>, when it must be one update of the pressed card
    /// (<see cref="TeamsActivities.Submit"/>'s) and no message beside it.
    /// </summary>
    public static RecordedCall OnlyCardUpdateSince(this BotApplication app, int from)
    {
        var update = Assert.Single(app.Connector.Calls.Skip(from), c => c.IsActivityPost || c.Method == HttpMethod.Put);
        Assert.Equal(HttpMethod.Put, update.Method);
        Assert.EndsWith("/activities/1795456268771", update.RawPath, StringComparison.Ordinal);
        return update;
    }

    /// <summary>The last card the bot sent after <paramref name="from"/>.</summary>
    public static JsonObject LastCard(this BotApplication app, int from) => app.CardsSince(from).Last();

    /// <summary>
    /// Every byte SQLite keeps for the database, after a checkpoint like the one SQLite itself runs: the file, its
    /// write-ahead log and the log's index, read as they are on disk while the bot runs.
    /// </summary>
    public static byte[] DatabaseFiles(this BotApplication app)
    {
        var db = Path.Combine(app.Folder, "bplbot.db");
        using (var connection = new SqliteConnection($"Data Source={db};Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA wal_checkpoint(PASSIVE);";
            command.ExecuteNonQuery();
        }
        using var all = new MemoryStream();
        foreach (var file in new[] { db, db + "-wal", db + "-shm" }.Where(File.Exists))
        {
            using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            stream.CopyTo(all);
        }
        return all.ToArray();
    }

    /// <summary>Whether <paramref name="text"/> is anywhere in the bytes, as UTF-8 or UTF-16 (SQLite may store either), any case.</summary>
    public static bool Holds(byte[] bytes, string text) =>
        new[] { text, text.ToLowerInvariant(), text.ToUpperInvariant() }.Any(t =>
            bytes.AsSpan().IndexOf(Encoding.UTF8.GetBytes(t)) >= 0 || bytes.AsSpan().IndexOf(Encoding.Unicode.GetBytes(t)) >= 0);
}
