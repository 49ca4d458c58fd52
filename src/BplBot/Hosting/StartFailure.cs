using BplBot.Network;
using Microsoft.Extensions.Options;

namespace BplBot.Hosting;

/// <summary>
/// A start that fails because of the operator's input (settings, the network file) is told in plain words, once.
/// Anything else is a bug and keeps its stack trace in the log.
/// </summary>
public static class StartFailure
{
    private const string HostCategory = "Microsoft.Extensions.Hosting.Internal.Host";

    public static bool IsConfigurationError(Exception e) => Unwrap(e) is NetworkFileException or OptionsValidationException;

    // Each invalid section is its own OptionsValidationException; together they are one message.

    public static string Describe(Exception e) => Unwrap(e) switch
    {
        var bug when !IsConfigurationError(bug) => "BplBot stopped because of an unexpected error:" + Environment.NewLine + bug,
        OptionsValidationException options => "BplBot cannot start, the settings are not valid:" + Environment.NewLine +
            string.Join(Environment.NewLine, options.Failures.Select(f => "  - " + f)),
        var inner => "BplBot cannot start. " + inner.Message,
    };

    /// <summary>
    /// The host would log a failed start with its stack trace, before Program could say it plainly. Its own log
    /// category is silenced, and Program reports every failed start itself: configuration errors in words, anything
    /// else (a bug) with the full exception.
    /// </summary>
    public static WebApplicationBuilder ReportStartFailuresOnce(this WebApplicationBuilder builder)
    {
        builder.Logging.AddFilter(HostCategory, LogLevel.None);
        return builder;
    }

    private static Exception Unwrap(Exception e) => e switch
    {
        AggregateException { InnerExceptions.Count: 1 } one => Unwrap(one.InnerExceptions[0]),
        AggregateException many when many.InnerExceptions.All(i => Unwrap(i) is OptionsValidationException) =>
            new OptionsValidationException("settings", typeof(object),
                many.InnerExceptions.SelectMany(i => ((OptionsValidationException)Unwrap(i)).Failures).Distinct()),
        _ => e,
    };
}
