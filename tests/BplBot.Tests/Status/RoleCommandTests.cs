using BplBot.Data;
using BplBot.Domain.Network;
using BplBot.Tests.CheckIn;
using BplBot.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace BplBot.Tests.Status;

public abstract class RoleCommandTests(DatabaseProvider provider) : ProviderTests(provider)
{
    [Fact]
    public async Task Coordinator_GrantsAndRemovesRoles_InChat()
    {
        await using var app = new BotApplication(Provider);
        await app.SayAsync("demo samordnare");

        Assert.Contains("Anna Svensson (anna.svensson@example.se) är nu coach för Vetlanda",
            await app.SayAsync("roll coach anna.svensson@example.se Vetlanda"), StringComparison.Ordinal);
        Assert.Contains("är nu medlem i Nässjö", await app.SayAsync("roll medlem anna.svensson@example.se nassjo"), StringComparison.Ordinal);
        Assert.Contains("har redan rollen", await app.SayAsync("roll medlem anna.svensson@example.se Nässjö"), StringComparison.Ordinal);
        Assert.Contains("är nu samordnare", await app.SayAsync("roll samordnare anna.svensson@example.se"), StringComparison.Ordinal);
        Assert.Contains("är inte längre coach för Vetlanda", await app.SayAsync("ta bort roll coach anna.svensson@example.se Vetlanda"), StringComparison.Ordinal);

        var anna = app.WithDb(db => db.People.AsNoTracking().Single(p => p.Email == "anna.svensson@example.se"));
        Assert.Equal([Role.Member, Role.Coordinator], anna.Roles.Select(r => r.Role).Order());
    }

    [Fact]
    public async Task RoleCommand_ByANonCoordinator_OrMalformed_ChangesNothing()
    {
        await using var app = new BotApplication(Provider);
        await app.SayAsync("demo coach nassjo");
        Assert.Contains("är till för nätverkets samordnare", await app.SayAsync("roll coach anna@example.se Nässjö"), StringComparison.Ordinal);

        await using var coordinator = new BotApplication(Provider);
        await coordinator.SayAsync("demo samordnare");
        Assert.Contains("Skriv t.ex.", await coordinator.SayAsync("roll coach Nässjö"), StringComparison.Ordinal);
        Assert.Contains("Skriv t.ex.", await coordinator.SayAsync("roll samordnare anna@example.se Nässjö"), StringComparison.Ordinal);
        Assert.Contains("Ingen i nätverket har adressen", await coordinator.SayAsync("ta bort roll coach nobody@example.se Nässjö"), StringComparison.Ordinal);
        Assert.False(coordinator.WithDb(db => db.People.Any(p => p.Email == "anna@example.se")));
    }
}

public sealed class RoleCommandTestsOnSqlite() : RoleCommandTests(DatabaseProvider.Sqlite);

public sealed class RoleCommandTestsOnPostgreSql() : RoleCommandTests(DatabaseProvider.PostgreSql);
