using BplBot.BotFramework;
using Microsoft.Extensions.Options;

namespace BplBot.Network;

/// <summary>Section <c>Network</c>.</summary>
public sealed class NetworkOptions
{
    public const string Section = "Network";

    /// <summary>Path to the network JSON file. Empty: the demo network (only in anonymous mode, unless <see cref="Demo"/>).</summary>
    public string? File { get; set; }

    /// <summary>
    /// The invented demo network, where anyone can take a role with <c>demo …</c>. Needed explicitly with a
    /// <c>Bot:AppId</c> (a pilot in a real tenant); anonymous local runs without a file get it anyway.
    /// </summary>
    public bool Demo { get; set; }
}

/// <summary>
/// With a real app id, one forgotten setting must not turn the bot into "anyone in the tenant can make themselves a
/// coordinator": the demo runs there only when asked for by name.
/// </summary>
internal sealed class NetworkOptionsValidator(IOptions<BotOptions> bot) : IValidateOptions<NetworkOptions>
{
    public ValidateOptionsResult Validate(string? name, NetworkOptions options)
    {
        var hasFile = !string.IsNullOrWhiteSpace(options.File);
        if (hasFile && options.Demo)
            return ValidateOptionsResult.Fail("Network:File and Network:Demo=true are both set: use the network file, or the demo network, not both.");
        if (!hasFile && !options.Demo && HasAppId())
            return ValidateOptionsResult.Fail(
                "Bot:AppId is set but Network:File is empty: set Network:File to the network's file, " +
                "or Network:Demo=true to run the invented demo network (for a pilot; anyone can then take a demo role).");
        return ValidateOptionsResult.Success;
    }

    private bool HasAppId()
    {
        try
        {
            return !bot.Value.IsAnonymousMode;
        }
        catch (OptionsValidationException)
        {
            return false; // the Bot section's own problems are reported once, by its own validation
        }
    }
}
