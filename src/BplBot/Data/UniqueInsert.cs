using Microsoft.EntityFrameworkCore;

namespace BplBot.Data;

/// <summary>
/// Inserting a row whose natural key another turn may insert at the same moment: Teams delivers an install's
/// <c>installationUpdate</c> and <c>conversationUpdate</c> in parallel, and retries can overlap. The unique index
/// decides; the loser takes the winner's row instead of failing the turn.
/// </summary>
public static class UniqueInsert
{
    public static async Task<T> AddOrGetExistingAsync<T>(
        this BplDbContext db, T entity, Func<CancellationToken, Task<T?>> findExisting, CancellationToken ct) where T : class
    {
        db.Add(entity);
        try
        {
            await db.SaveChangesAsync(ct);
            return entity;
        }
        catch (DbUpdateException)
        {
            db.Entry(entity).State = EntityState.Detached;
            var existing = await findExisting(ct);
            if (existing is null) throw;
            return existing;
        }
    }

    /// <summary>True when <paramref name="stored"/> is the row this turn inserted, not one a concurrent turn won with.</summary>
    public static bool IsTheOneAdded<T>(this T stored, T added) where T : class => ReferenceEquals(stored, added);
}
