using System.Globalization;
using System.Text;
using System.Text.Json;

namespace BplBot.BotFramework;

/// <summary>
/// Values from the wire made safe for a log line (F15): a console or file log trusts line breaks, so an id holding
/// one could forge a whole log entry. The endpoint refuses such ids, this is the second line of defence.
/// </summary>
public static class LogSafe
{
    private const int MaxLoggedLength = 128;

    /// <summary>The value with control characters escaped as <c>\uXXXX</c>, cut to 128 characters; null stays null.</summary>
    public static string? Id(string? value)
    {
        if (value is null)
        {
            return null;
        }
        var cut = value.Length > MaxLoggedLength;
        var text = cut ? value[..MaxLoggedLength] : value;
        if (!ActivityValidator.HasControlCharacter(text))
        {
            return cut ? text + "…" : text;
        }
        var safe = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            if (char.IsControl(c) || c is '\u2028' or '\u2029')
            {
                safe.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
            }
            else
            {
                safe.Append(c);
            }
        }
        return cut ? safe.Append('…').ToString() : safe.ToString();
    }

    /// <summary>
    /// The exception to log. Parse errors (<see cref="FormatException"/>, <see cref="OverflowException"/>,
    /// <see cref="JsonException"/>) quote the input they failed on in their message, and input may be personal data,
    /// so for them only the types and the stack traces are kept. Other exceptions are logged as they are.
    /// </summary>
    public static Exception Redact(Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        for (var e = exception; e is not null; e = e.InnerException)
        {
            if (e is FormatException or OverflowException or JsonException)
            {
                return new InputWithheldException(exception);
            }
        }
        return exception;
    }

    /// <summary>Prints as the original's chain of types and stack traces, without any message.</summary>
    private sealed class InputWithheldException(Exception original)
        : Exception(original.GetType().FullName + " (the message is withheld: it may quote the input)")
    {
        public override string? StackTrace => original.StackTrace;

        public override string ToString()
        {
            var text = new StringBuilder();
            for (var e = original; e is not null; e = e.InnerException)
            {
                text.Append(e == original ? string.Empty : Environment.NewLine + " ---> ")
                    .Append(e.GetType().FullName).Append(" (message withheld)");
                if (e.StackTrace is { } trace)
                {
                    text.Append(Environment.NewLine).Append(trace);
                }
            }
            return text.ToString();
        }
    }
}
