namespace BplBot.E2E.Hosting;

/// <summary>Where things are in the repository, found from the test assembly by walking up to <c>BplBot.slnx</c>.</summary>
public sealed record RepoLayout(string Root)
{
    /// <summary>The npm side of the e2e tier: package.json, the lockfile and the playground's tenant config.</summary>
    public string E2EDirectory => Path.Combine(Root, "tests", "e2e");

    public string PlaygroundPackage => Path.Combine(E2EDirectory, "node_modules", "@microsoft", "m365agentsplayground");

    /// <summary>Relative to <see cref="E2EDirectory"/>, as the playground doc starts it.</summary>
    public static string PlaygroundCli => Path.Combine("node_modules", "@microsoft", "m365agentsplayground", "cli.js");

    public string TenantConfig => Path.Combine(E2EDirectory, "teams-ids.yml");

    public static RepoLayout Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "BplBot.slnx")))
            {
                return new RepoLayout(dir.FullName);
            }
        }
        throw new InvalidOperationException($"No BplBot.slnx above {AppContext.BaseDirectory}.");
    }
}
