using BplBot.BotFramework;
using BplBot.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace BplBot.Network;

/// <summary>At start: loads the configured network file when it changed, or the demo network into an empty database.</summary>
public sealed class NetworkLoader(
    BplDbContext db, NetworkImporter importer, IOptions<NetworkOptions> options, IOptions<BotOptions> bot, TimeProvider time,
    ILogger<NetworkLoader> logger)
{
    public async Task LoadAsync(CancellationToken ct)
    {
        var info = await db.NetworkInfo.AsNoTracking().SingleOrDefaultAsync(ct);
        var path = options.Value.File;

        if (!string.IsNullOrWhiteSpace(path))
        {
            var (document, hash) = NetworkFileReader.Read(path);
            if (info is { Source: NetworkSource.File } && info.SourceHash == hash)
            {
                logger.LogInformation("Network file unchanged since {ImportedAt}; not imported again", info.ImportedAt);
                return;
            }
            if (info is { Source: NetworkSource.Demo })
                throw new NetworkFileException(
                    $"The database holds the demo network, so the network file '{path}' was not loaded on top of it. " +
                    "Point ConnectionStrings:Bpl at a new database file (or remove the demo database) and start again.");
            await importer.ImportAsync(document, NetworkSource.File, hash, ct);
            return;
        }

        if (options.Value.Demo && !bot.Value.IsAnonymousMode)
            logger.LogWarning("Network:Demo=true with a Bot:AppId: the invented demo network runs in a real tenant, and anyone who can reach the bot can take a demo role, coordinator included");
        if (info is null && !await db.Teams.AnyAsync(ct))
        {
            logger.LogInformation("No network file configured and the database is empty: loading the demo network");
            await importer.ImportAsync(DemoNetwork.Create(time.GetUtcNow()), NetworkSource.Demo, "demo", ct);
            await DemoHistory.SeedAsync(db, time.GetUtcNow(), ct);
        }
    }
}
