using System.Globalization;
using System.Text;

namespace BplBot.Export;

/// <summary>
/// A CSV file as RFC 4180 has it: UTF-8, comma-separated, CRLF line ends, a header row, fields quoted when they hold
/// a comma, quote or line break. Numbers use a decimal point and instants ISO 8601 in UTC. A text that a spreadsheet
/// would run as a formula (starting with = + - @) gets a leading apostrophe, so opening the file runs nothing.
/// </summary>
public sealed class CsvTable(params string[] header)
{
    private readonly StringBuilder _text = new StringBuilder().Append(Line(header.Select(h => (object?)h)));

    public int Rows { get; private set; }

    public CsvTable Add(params object?[] fields)
    {
        if (fields.Length != header.Length) throw new ArgumentException($"A row needs {header.Length} fields.", nameof(fields));
        _text.Append(Line(fields));
        Rows++;
        return this;
    }

    public byte[] ToBytes() => Encoding.UTF8.GetBytes(_text.ToString());

    private static string Line(IEnumerable<object?> fields) => string.Join(',', fields.Select(Field)) + "\r\n";

    private static string Field(object? value)
    {
        var text = value switch
        {
            null => string.Empty,
            DateTimeOffset t => t.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
            DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            bool b => b ? "true" : "false",
            IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
            string s when s.Length > 0 && s[0] is '=' or '+' or '-' or '@' or '\t' or '\r' => "'" + s,
            _ => value.ToString() ?? string.Empty,
        };
        return text.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : text;
    }
}
