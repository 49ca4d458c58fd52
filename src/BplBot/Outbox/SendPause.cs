namespace BplBot.Outbox;

/// <summary>
/// A 429's <c>Retry-After</c> for a tenant, kept in the database: every instance, and a dispatcher that takes over
/// from one that died, holds its sends to that tenant until <see cref="Until"/>.
/// </summary>
public sealed class SendPause
{
    private SendPause()
    {
        TenantId = string.Empty;
    }

    public SendPause(string tenantId, DateTimeOffset until) : this()
    {
        TenantId = tenantId;
        Until = until;
    }

    public string TenantId { get; private set; }
    public DateTimeOffset Until { get; private set; }

    public void Extend(DateTimeOffset until)
    {
        if (until > Until) Until = until;
    }
}
