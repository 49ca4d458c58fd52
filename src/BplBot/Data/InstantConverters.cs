using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace BplBot.Data;

/// <summary>
/// Every instant is stored in UTC. PostgreSQL keeps it as <c>timestamptz</c>, which Npgsql writes only with offset 0,
/// so a Stockholm-local value is turned to UTC here instead of failing at the database.
/// </summary>
internal sealed class UtcInstantConverter() : ValueConverter<DateTimeOffset, DateTimeOffset>(v => v.ToUniversalTime(), v => v.ToUniversalTime());

/// <summary>
/// SQLite cannot compare <c>DateTimeOffset</c> in SQL, so an instant is a sortable number there (EF's binary
/// encoding, as since the first migration). The encoding sorts by the clock time and offset it is given, so the value
/// is made UTC first: then ordering and comparing in SQL follow the instant.
/// </summary>
internal sealed class UtcBinaryInstantConverter() : ValueConverter<DateTimeOffset, long>(
    v => (long)Binary.ConvertToProvider(v.ToUniversalTime())!,
    v => ((DateTimeOffset)Binary.ConvertFromProvider(v)!).ToUniversalTime())
{
    private static readonly DateTimeOffsetToBinaryConverter Binary = new();
}
