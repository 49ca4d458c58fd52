using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace BplBot.Data;

/// <summary>
/// One <see cref="BplDbContext"/>, one migration set per provider, both in this assembly: SQLite's in
/// <c>Data/Migrations</c> (as they always were, so an existing database upgrades as before) and PostgreSQL's in
/// <c>Data/PostgreSqlMigrations</c>. EF would otherwise see both sets at once; this shows it the active provider's.
/// </summary>
internal sealed class ProviderMigrationsAssembly(ICurrentDbContext current, IMigrationsIdGenerator ids) : IMigrationsAssembly
{
    public const string SqliteNamespace = "BplBot.Data.Migrations";
    public const string PostgreSqlNamespace = "BplBot.Data.PostgreSqlMigrations";

    private IReadOnlyDictionary<string, TypeInfo>? _migrations;
    private ModelSnapshot? _snapshot;
    private bool _snapshotRead;

    public Assembly Assembly => typeof(BplDbContext).Assembly;

    private string Namespace => current.Context.Database.IsNpgsql() ? PostgreSqlNamespace : SqliteNamespace;

    public IReadOnlyDictionary<string, TypeInfo> Migrations => _migrations ??= Assembly.DefinedTypes
        .Where(t => t.Namespace == Namespace && t.IsSubclassOf(typeof(Migration)) && ForThisContext(t))
        .Select(t => (Id: t.GetCustomAttribute<MigrationAttribute>()?.Id, Type: t))
        .Where(m => m.Id is not null)
        .OrderBy(m => m.Id, StringComparer.Ordinal)
        .ToDictionary(m => m.Id!, m => m.Type);

    public ModelSnapshot? ModelSnapshot
    {
        get
        {
            if (_snapshotRead) return _snapshot;
            _snapshotRead = true;
            var type = Assembly.DefinedTypes.FirstOrDefault(t => t.Namespace == Namespace && t.IsSubclassOf(typeof(ModelSnapshot)) && ForThisContext(t));
            return _snapshot = type is null ? null : (ModelSnapshot)Activator.CreateInstance(type.AsType())!;
        }
    }

    public string? FindMigrationId(string nameOrId) => Migrations.Keys.FirstOrDefault(id =>
        string.Equals(id, nameOrId, StringComparison.OrdinalIgnoreCase) || string.Equals(ids.GetName(id), nameOrId, StringComparison.OrdinalIgnoreCase));

    public Migration CreateMigration(TypeInfo migrationClass, string activeProvider)
    {
        var migration = (Migration)Activator.CreateInstance(migrationClass.AsType())!;
        migration.ActiveProvider = activeProvider;
        return migration;
    }

    private bool ForThisContext(TypeInfo type) => type.GetCustomAttribute<DbContextAttribute>()?.ContextType == current.Context.GetType();
}
