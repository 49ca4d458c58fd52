namespace BplBot.Hosting;

/// <summary>
/// This process among the instances sharing a database: Quartz's instance id in the cluster and the owner written on
/// the outbox rows it claims. <c>Jobs:InstanceId</c> when set (distinct per instance, never copied), else host name,
/// process id and a random part, so a restarted instance is a new one.
/// </summary>
public sealed record InstanceName(string Value)
{
    public const string SettingKey = "Jobs:InstanceId";

    public static InstanceName FromConfiguration(IConfiguration configuration) =>
        new(configuration[SettingKey] is { Length: > 0 } id ? id.Trim()
            : $"{Environment.MachineName}-{Environment.ProcessId}-{Guid.NewGuid().ToString("N")[..6]}");
}
