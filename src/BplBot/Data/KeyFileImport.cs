using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace BplBot.Data;

/// <summary>
/// The Data Protection keys live in the database, so a chart or newsletter link made by one instance opens on any
/// other. Key files from an earlier version (<c>keys/key-*.xml</c> beside the SQLite file) are copied in once, by
/// their names, so links made before the move keep working; the files are left, owner-only.
/// </summary>
internal static class KeyFileImport
{
    public static async Task ImportAsync(BplDbContext db, string folder, ILogger logger, CancellationToken ct)
    {
        if (!Directory.Exists(folder)) return;
        DataFolder.SealKeys(folder);
        var known = (await db.DataProtectionKeys.Select(k => k.FriendlyName).ToListAsync(ct)).ToHashSet();
        var imported = 0;
        foreach (var file in Directory.EnumerateFiles(folder, "key-*.xml"))
        {
            var name = Path.GetFileNameWithoutExtension(file);
            if (known.Contains(name)) continue;
            db.DataProtectionKeys.Add(new DataProtectionKey { FriendlyName = name, Xml = await File.ReadAllTextAsync(file, ct) });
            imported++;
        }
        if (imported == 0) return;
        await db.SaveChangesAsync(ct);
        logger.LogInformation("Imported {Count} Data Protection key files from {Folder} into the database", imported, folder);
    }
}
