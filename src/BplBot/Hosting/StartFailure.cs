using System.Data.Common;
using BplBot.Network;
using Microsoft.AspNetCore.Connections;
using Microsoft.Extensions.Options;

namespace BplBot.Hosting;

/// <summary>
/// A start that fails because of the operator's input (a setting, the settings file, the database it names, the
/// network file, a busy port) is told in plain words, once, on stderr: what is wrong, which setting, how to fix it. The
/// exception goes to the log at debug level. Anything else is a bug and keeps its stack trace.
/// </summary>
public static class StartFailure
{
    private const string HostCategory = "Microsoft.Extensions.Hosting.Internal.Host";
    private const string LogCategory = "BplBot.Hosting.StartFailure";
    private const string CannotStart = "BplBot cannot start. ";

    public static bool IsConfigurationError(Exception e) => Plain(Unwrap(e)) is not null;

    public static string Describe(Exception e)
    {
        var failure = Unwrap(e);
        return Plain(failure) ?? "BplBot stopped because of an unexpected error:" + Environment.NewLine + failure;
    }

    /// <summary>Prints <see cref="Describe"/> to stderr, logs the exception (debug for the operator's errors) and returns the exit code.</summary>
    public static int Report(Exception e, IServiceProvider? services)
    {
        Console.Error.WriteLine(Describe(e));
        try
        {
            // A bug's exception is on stderr already; an operator's error keeps its detail for the debug log only.
            if (IsConfigurationError(e))
                services?.GetService<ILoggerFactory>()?.CreateLogger(LogCategory).LogDebug(e, "The start failed because of a setting");
        }
        catch (ObjectDisposedException)
        {
            // The host is already gone; stderr has said what matters.
        }
        return 1;
    }

    /// <summary>
    /// The host would log a failed start with its stack trace, before Program could say it plainly. Its own log
    /// category is silenced, and Program reports every failed start itself (<see cref="Report"/>).
    /// </summary>
    public static WebApplicationBuilder ReportStartFailuresOnce(this WebApplicationBuilder builder)
    {
        builder.Logging.AddFilter(HostCategory, LogLevel.None);
        return builder;
    }

    /// <summary>The plain message for an operator's error, or null for a bug.</summary>
    private static string? Plain(Exception e) => e switch
    {
        OptionsValidationException options => InvalidSettings(options.Failures),
        // Every section validated at start that failed: one list, as long as each failure is the operator's.
        AggregateException many when many.InnerExceptions.All(i => i is OptionsValidationException) =>
            InvalidSettings(many.InnerExceptions.Cast<OptionsValidationException>().SelectMany(o => o.Failures).Distinct()),
        AggregateException many when many.InnerExceptions.All(i => Plain(Unwrap(i)) is not null) =>
            string.Join(Environment.NewLine, many.InnerExceptions.Select(i => Plain(Unwrap(i)))),
        NetworkFileException or SettingException => CannotStart + e.Message,
        // The binder names the key and the value it could not convert ("… 'abc' at 'Bot:MaxRequestBodyBytes' to type 'System.Int32'").
        InvalidOperationException { Source: "Microsoft.Extensions.Configuration.Binder" } => CannotStart + e.Message +
            " Correct that setting in appsettings.json, the environment (Section__Key) or the command line.",
        // A settings file that is not JSON: the file provider rethrows it (so its Source is CoreLib) from its Load.
        InvalidDataException { StackTrace: { } trace } when trace.Contains("Microsoft.Extensions.Configuration.", StringComparison.Ordinal) =>
            CannotStart + e.Message + " " + Innermost(e).Message + " Fix the JSON of that settings file.",
        // Kestrel's IOException says which address ("Failed to bind to address http://127.0.0.1:3978: address already in use.").
        _ when Find<AddressInUseException>(e) is { } busy => CannotStart + ((Exception?)Find<IOException>(e) ?? busy).Message +
            " Another program listens there: stop it, or give the bot a free address with --urls or ASPNETCORE_URLS.",
        _ when Find<DbException>(e) is { } database => CannotStart +
            $"The database named by ConnectionStrings:Bpl cannot be opened or migrated: {database.Message} " +
            "Check that ConnectionStrings:Bpl names a BplBot database the bot can reach, read and write.",
        _ => null,
    };

    private static string InvalidSettings(IEnumerable<string> failures) =>
        "BplBot cannot start, the settings are not valid:" + Environment.NewLine + string.Join(Environment.NewLine, failures.Select(f => "  - " + f));

    private static T? Find<T>(Exception e) where T : Exception
    {
        for (Exception? current = e; current is not null; current = current.InnerException)
        {
            if (current is T found) return found;
            if (current is AggregateException { InnerExceptions.Count: > 1 } many)
                return many.InnerExceptions.Select(Find<T>).FirstOrDefault(f => f is not null);
        }
        return null;
    }

    private static Exception Innermost(Exception e) => e.InnerException is { } inner ? Innermost(inner) : e;

    private static Exception Unwrap(Exception e) =>
        e is AggregateException { InnerExceptions.Count: 1 } aggregate ? Unwrap(aggregate.InnerExceptions[0]) : e;
}
