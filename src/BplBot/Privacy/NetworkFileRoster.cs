using BplBot.Data;
using BplBot.Domain.Network;
using BplBot.Network;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace BplBot.Privacy;

/// <summary>
/// Whether the network file lists someone: then an erasure does not last (the next import makes them a person again),
/// and retention never erases them. The file is read as it is now; if it cannot be read, a role the file gave at the
/// last import counts as being listed. The demo network has no file: nobody is listed.
/// </summary>
public sealed class NetworkFileRoster(BplDbContext db, IOptions<NetworkOptions> options, ILogger<NetworkFileRoster> logger)
{
    public async Task<bool> ListsAsync(Person person, CancellationToken ct) =>
        await EmailsAsync(ct) is { } emails && (emails.Contains(person.Email) || person.Roles.Any(r => r.Source == RoleSource.File));

    /// <summary>The e-mail addresses the file lists (lower case); null when the network has no file (the demo).</summary>
    public async Task<IReadOnlySet<string>?> EmailsAsync(CancellationToken ct)
    {
        var info = await db.NetworkInfo.AsNoTracking().SingleOrDefaultAsync(ct);
        if (info is not { Source: NetworkSource.File } || string.IsNullOrWhiteSpace(options.Value.File)) return null;
        try
        {
            var (document, _) = NetworkFileReader.Read(options.Value.File);
            return document.People.Where(p => !string.IsNullOrWhiteSpace(p.Email)).Select(p => Person.NormalizeEmail(p.Email!)).ToHashSet();
        }
        catch (NetworkFileException)
        {
            logger.LogWarning("The network file could not be read to see whom it lists; the roles it gave at the last import count instead");
            return new HashSet<string>();
        }
    }
}
