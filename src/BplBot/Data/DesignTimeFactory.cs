using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Microsoft.EntityFrameworkCore.Migrations;

namespace BplBot.Data;

/// <summary>
/// For <c>dotnet ef migrations add</c>: the context on the provider named after <c>--</c> (<c>--provider PostgreSQL</c>),
/// SQLite when none is named. Every model change gets a migration for each provider (see the README).
/// </summary>
internal sealed class DesignTimeFactory : IDesignTimeDbContextFactory<BplDbContext>
{
    public BplDbContext CreateDbContext(string[] args)
    {
        var index = Array.IndexOf(args, "--provider");
        var provider = DatabaseProviders.Parse(index >= 0 && index + 1 < args.Length ? args[index + 1] : null);
        return new BplDbContext(Options(provider));
    }

    /// <summary>The model as each provider builds it, without a database: for the design tools and the pending-changes test.</summary>
    public static DbContextOptions<BplDbContext> Options(DatabaseProvider provider)
    {
        var builder = new DbContextOptionsBuilder<BplDbContext>();
        if (provider == DatabaseProvider.PostgreSql) builder.UseNpgsql("Host=localhost;Database=bplbot_design");
        else builder.UseSqlite("Data Source=bplbot_design.db");
        return builder.ReplaceService<IMigrationsAssembly, ProviderMigrationsAssembly>().Options;
    }
}
