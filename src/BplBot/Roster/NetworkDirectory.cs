using BplBot.Data;
using BplBot.Domain.Network;
using BplBot.Network;
using Microsoft.EntityFrameworkCore;

namespace BplBot.Roster;

/// <summary>
/// Read-only look-ups of the network that several commands share, read once and kept (<see cref="ReadCache"/>) until
/// the network, its people or their roles are written. What is returned is shared: read it, never change it.
/// </summary>
public sealed class NetworkDirectory(BplDbContext db, ReadCache cache)
{
    public Task<NetworkInfo?> InfoAsync(CancellationToken ct) =>
        cache.GetAsync("network:info", () => db.NetworkInfo.AsNoTracking().SingleOrDefaultAsync(ct));

    public Task<IReadOnlyList<ImprovementTeam>> TeamsAsync(CancellationToken ct) =>
        cache.GetAsync<IReadOnlyList<ImprovementTeam>>("network:teams", async () =>
            await db.Teams.AsNoTracking().OrderBy(t => t.ShortName).ToListAsync(ct));

    public async Task<IReadOnlyDictionary<int, string>> TeamNamesAsync(CancellationToken ct) =>
        (await TeamsAsync(ct)).ToDictionary(t => t.Id, t => t.ShortName);

    public Task<IReadOnlyList<Person>> CoordinatorsAsync(CancellationToken ct) =>
        cache.GetAsync<IReadOnlyList<Person>>("network:coordinators", async () =>
            await db.People.AsNoTracking().Where(p => p.Roles.Any(r => r.Role == Role.Coordinator)).OrderBy(p => p.Name).ToListAsync(ct));
}
