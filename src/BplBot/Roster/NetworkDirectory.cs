using BplBot.Data;
using BplBot.Domain.Network;
using BplBot.Network;
using Microsoft.EntityFrameworkCore;

namespace BplBot.Roster;

/// <summary>Read-only look-ups of the network that several commands share.</summary>
public sealed class NetworkDirectory(BplDbContext db)
{
    public Task<NetworkInfo?> InfoAsync(CancellationToken ct) => db.NetworkInfo.AsNoTracking().SingleOrDefaultAsync(ct);

    public async Task<IReadOnlyList<ImprovementTeam>> TeamsAsync(CancellationToken ct) =>
        await db.Teams.AsNoTracking().OrderBy(t => t.ShortName).ToListAsync(ct);

    public async Task<IReadOnlyDictionary<int, string>> TeamNamesAsync(CancellationToken ct) =>
        await db.Teams.AsNoTracking().ToDictionaryAsync(t => t.Id, t => t.ShortName, ct);

    public async Task<IReadOnlyList<Person>> CoordinatorsAsync(CancellationToken ct) =>
        await db.People.AsNoTracking()
            .Where(p => p.Roles.Any(r => r.Role == Role.Coordinator))
            .OrderBy(p => p.Name)
            .ToListAsync(ct);
}
