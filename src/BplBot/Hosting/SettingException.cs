namespace BplBot.Hosting;

/// <summary>
/// A setting the bot cannot start with, found while the app is put together (before options validation runs). The
/// message names <see cref="Setting"/> and says how to fix it; Program prints it as one line, without a stack trace.
/// </summary>
public sealed class SettingException(string setting, string message, Exception? inner = null) : Exception(message, inner)
{
    /// <summary>The key as an operator writes it in appsettings.json, e.g. <c>ConnectionStrings:Bpl</c>.</summary>
    public string Setting { get; } = setting;
}
