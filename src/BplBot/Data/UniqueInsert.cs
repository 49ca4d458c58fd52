using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace BplBot.Data;

/// <summary>
/// Inserting a row whose natural key another turn (or another instance) may insert at the same moment: Teams delivers
/// an install's <c>installationUpdate</c> and <c>conversationUpdate</c> in parallel, retries overlap, and a new person's
/// first messages arrive together. <c>INSERT … ON CONFLICT DO NOTHING</c> (the same on SQLite and PostgreSQL) lets the
/// unique index decide without an error, a retry or a failure in the log; the stored row is then read back.
/// </summary>
public static class UniqueInsert
{
    /// <summary>The stored row (tracked), and whether this call inserted it or found the winner's.</summary>
    public static async Task<(T Row, bool Inserted)> InsertOrFindAsync<T>(
        this BplDbContext db, T row, Func<CancellationToken, Task<T?>> find, CancellationToken ct) where T : class
    {
        var inserted = await db.InsertIfAbsentAsync(row, ct);
        var stored = await find(ct) ?? throw new InvalidOperationException($"A {typeof(T).Name} row was neither inserted nor found.");
        return (stored, inserted);
    }

    /// <summary>True when the row was inserted; false when a row with the same unique key was already there.</summary>
    public static async Task<bool> InsertIfAbsentAsync<T>(this BplDbContext db, T row, CancellationToken ct) where T : class
    {
        var entityType = db.Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not in the model.");
        var table = StoreObjectIdentifier.Table(entityType.GetTableName()!, entityType.GetSchema());
        var sql = db.GetService<ISqlGenerationHelper>();
        var columns = new List<string>();
        var placeholders = new List<string>();
        var values = new List<object>();
        foreach (var property in entityType.GetProperties())
        {
            if (property.IsPrimaryKey() && property.ValueGenerated != ValueGenerated.Never) continue;
            var value = property.PropertyInfo?.GetValue(row) ?? property.FieldInfo?.GetValue(row);
            if (value is not null && property.GetTypeMapping().Converter is { } converter) value = converter.ConvertToProvider(value);
            columns.Add(sql.DelimitIdentifier(property.GetColumnName(table)!));
            // A null is written as NULL: a raw-SQL parameter needs a CLR type to be mapped from.
            if (value is null) placeholders.Add("NULL");
            else
            {
                placeholders.Add($"{{{values.Count}}}");
                values.Add(value);
            }
        }
        var statement = $"INSERT INTO {sql.DelimitIdentifier(table.Name, table.Schema)} ({string.Join(", ", columns)}) " +
            $"VALUES ({string.Join(", ", placeholders)}) ON CONFLICT DO NOTHING";
        return await db.ExecuteWriteAsync(statement, values, ct) == 1;
    }
}
