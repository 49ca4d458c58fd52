namespace BplBot.E2E.Hosting;

/// <summary>
/// The environment of a child process: this process's own, less what would send loopback traffic
/// through a proxy or leak npm's settings (launching via npm injects <c>npm_config_*</c>, and the
/// playground honours <c>npm_config_*proxy</c>), plus the variables given.
/// </summary>
public sealed class ChildEnvironment
{
    private static readonly string[] ProxyVariables = ["http_proxy", "https_proxy", "all_proxy", "ftp_proxy"];

    private readonly Dictionary<string, string?> changes = new(StringComparer.Ordinal);
    private readonly List<string> removedPrefixes = [];

    public ChildEnvironment Set(string name, string value)
    {
        changes[name] = value;
        return this;
    }

    public ChildEnvironment Remove(string name)
    {
        changes[name] = null;
        return this;
    }

    /// <summary>Drops every inherited variable whose name starts with <paramref name="prefix"/>.</summary>
    public ChildEnvironment RemoveAll(string prefix)
    {
        removedPrefixes.Add(prefix);
        return this;
    }

    public void ApplyTo(IDictionary<string, string?> environment)
    {
        foreach (var name in environment.Keys.Where(IsStripped).ToList())
        {
            environment.Remove(name);
        }
        environment["NO_PROXY"] = "127.0.0.1,localhost";
        environment["no_proxy"] = "127.0.0.1,localhost";
        foreach (var (name, value) in changes)
        {
            if (value is null)
            {
                environment.Remove(name);
            }
            else
            {
                environment[name] = value;
            }
        }
    }

    private bool IsStripped(string name) =>
        removedPrefixes.Any(p => name.StartsWith(p, StringComparison.OrdinalIgnoreCase))
        || name.StartsWith("npm_config_", StringComparison.OrdinalIgnoreCase)
        || ProxyVariables.Contains(name, StringComparer.OrdinalIgnoreCase);
}
