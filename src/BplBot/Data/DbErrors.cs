using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace BplBot.Data;

/// <summary>Which database errors are a race another writer won (retry on fresh state), not a failure.</summary>
public static class DbErrors
{
    private const int SqliteUnique = 2067, SqlitePrimaryKey = 1555; // SQLITE_CONSTRAINT_UNIQUE, _PRIMARYKEY
    private const string UniqueViolation = "23505"; // SQLSTATE, PostgreSQL and others

    /// <summary>A concurrency token that changed under us, or a unique key another writer inserted first.</summary>
    public static bool IsLostRace(DbUpdateException e) =>
        e is DbUpdateConcurrencyException
        || e.InnerException is SqliteException { SqliteExtendedErrorCode: SqliteUnique or SqlitePrimaryKey }
        || e.InnerException is DbException { SqlState: UniqueViolation };
}
