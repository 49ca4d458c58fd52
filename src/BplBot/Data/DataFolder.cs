namespace BplBot.Data;

/// <summary>
/// Security finding F10: the SQLite file holds every check-in, so on Unix its folder and files are the bot user's
/// alone, whatever the process umask. SQLite gives its -wal and -shm files the database file's permissions.
/// </summary>
public static class DataFolder
{
    private const UnixFileMode OwnerOnlyFolder = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;
    private const UnixFileMode OwnerOnlyFile = UnixFileMode.UserRead | UnixFileMode.UserWrite;
    private static readonly string[] SqliteSuffixes = [string.Empty, "-wal", "-shm", "-journal"];

    /// <summary>Creates the database's folder owner-only, and the database file itself, empty and owner-only, before SQLite does.</summary>
    public static void Prepare(string databaseFile)
    {
        var folder = Path.GetDirectoryName(databaseFile)!;
        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(folder);
            return;
        }
        if (!Directory.Exists(folder)) Directory.CreateDirectory(folder, OwnerOnlyFolder);
        else if (File.Exists(databaseFile)) OwnerOnly(folder);
        if (!File.Exists(databaseFile))
        {
            using var _ = new FileStream(databaseFile, new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write, UnixCreateMode = OwnerOnlyFile });
        }
    }

    /// <summary>After migration: the database and its companions (an older install made them 0644) are owner-only.</summary>
    public static void Seal(string databaseFile)
    {
        if (OperatingSystem.IsWindows()) return;
        foreach (var suffix in SqliteSuffixes)
            if (File.Exists(databaseFile + suffix)) File.SetUnixFileMode(databaseFile + suffix, OwnerOnlyFile);
    }

    /// <summary>The Data Protection key files an earlier version kept beside the database: no longer used, but still secrets.</summary>
    public static void SealKeys(string keysFolder)
    {
        if (OperatingSystem.IsWindows() || !Directory.Exists(keysFolder)) return;
        File.SetUnixFileMode(keysFolder, OwnerOnlyFolder);
        foreach (var file in Directory.EnumerateFiles(keysFolder)) File.SetUnixFileMode(file, OwnerOnlyFile);
    }

    /// <summary>A folder that holds the database is the bot's own; a shared one (sticky, like /tmp) is left as it is.</summary>
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    private static void OwnerOnly(string folder)
    {
        var mode = File.GetUnixFileMode(folder);
        if (mode.HasFlag(UnixFileMode.StickyBit)) return;
        if ((mode & ~OwnerOnlyFolder) != 0) File.SetUnixFileMode(folder, mode & OwnerOnlyFolder);
    }
}
