using BplBot.Conversations;
using BplBot.Dialogs;
using BplBot.Domain.CheckIn;
using BplBot.Domain.Measures;
using BplBot.Domain.Network;
using BplBot.Network;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace BplBot.Data;

/// <summary>
/// The one model, on SQLite or PostgreSQL (each with its own migrations, see <see cref="ProviderMigrationsAssembly"/>).
/// On SQLite, SaveChanges queues on the process's write gate; on PostgreSQL there is no gate.
/// </summary>
public sealed class BplDbContext(DbContextOptions<BplDbContext> options) : DbContext(options), IDataProtectionKeyContext
{
    /// <summary>
    /// The process's write gate, on SQLite. Contexts are pooled (a turn then does not build EF's services anew), so the
    /// constructor takes the options alone and the gate, a singleton, comes from the application's services.
    /// </summary>
    private readonly SqliteWriteGate? writeGate = options.FindExtension<Microsoft.EntityFrameworkCore.Infrastructure.CoreOptionsExtension>()
        ?.ApplicationServiceProvider?.GetService<SqliteWriteGate>();

    /// <summary>Whether this context's writes queue on the process's SQLite write gate (for the tests).</summary>
    internal bool WritesAreGated => writeGate is not null;

    public DbSet<ImprovementTeam> Teams => Set<ImprovementTeam>();
    public DbSet<Person> People => Set<Person>();
    public DbSet<RoleAssignment> Roles => Set<RoleAssignment>();
    public DbSet<Meeting> Meetings => Set<Meeting>();
    public DbSet<MeasureDefinition> Measures => Set<MeasureDefinition>();
    public DbSet<MeasureValue> MeasureValues => Set<MeasureValue>();
    public DbSet<NetworkInfo> NetworkInfo => Set<NetworkInfo>();
    public DbSet<ConversationReference> ConversationReferences => Set<ConversationReference>();
    public DbSet<TeamsUser> TeamsUsers => Set<TeamsUser>();
    public DbSet<ProcessedActivity> ProcessedActivities => Set<ProcessedActivity>();
    public DbSet<TeamCheckIn> CheckIns => Set<TeamCheckIn>();
    public DbSet<SupportRequest> SupportRequests => Set<SupportRequest>();
    public DbSet<DialogState> DialogStates => Set<DialogState>();
    public DbSet<CoachRating> CoachRatings => Set<CoachRating>();
    public DbSet<Outbox.OutboxMessage> OutboxMessages => Set<Outbox.OutboxMessage>();
    public DbSet<Newsletter.NewsletterDraft> NewsletterDrafts => Set<Newsletter.NewsletterDraft>();
    public DbSet<Outbox.SendPause> SendPauses => Set<Outbox.SendPause>();
    public DbSet<Charts.ChartSnapshot> ChartSnapshots => Set<Charts.ChartSnapshot>();
    public DbSet<Domain.Audit.AuditEntry> AuditEntries => Set<Domain.Audit.AuditEntry>();

    /// <summary>ASP.NET Data Protection's key ring, shared by every instance (chart and newsletter links).</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(BplDbContext).Assembly);
        modelBuilder.Entity<DataProtectionKey>().Property(k => k.Xml).HasMaxLength(64_000);
        if (!Database.IsNpgsql()) return;
        // PostgreSQL's varchar stops at 10 485 760 characters; the newsletter's HTML may be longer: text has no limit.
        foreach (var property in modelBuilder.Model.GetEntityTypes().SelectMany(e => e.GetProperties()))
            if (property.GetMaxLength() > 10_485_760) property.SetMaxLength(null);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Instants are UTC: timestamptz on PostgreSQL; on SQLite a sortable number, so SQL can order and compare them.
        if (Database.IsNpgsql()) configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcInstantConverter>();
        else configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcBinaryInstantConverter>();
        configurationBuilder.Properties<string>().HaveMaxLength(1000);
    }

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default) =>
        writeGate is null || Database.CurrentTransaction is not null
            ? base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken)
            : writeGate.RunAsync(() => base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken), cancellationToken);

    /// <summary>A raw write (e.g. an insert that may meet a unique key), queued on the same gate as SaveChanges.</summary>
    public Task<int> ExecuteWriteAsync(string sql, IEnumerable<object> parameters, CancellationToken ct) =>
        writeGate is null || Database.CurrentTransaction is not null
            ? Database.ExecuteSqlRawAsync(sql, parameters, ct)
            : writeGate.RunAsync(() => Database.ExecuteSqlRawAsync(sql, parameters, ct), ct);

    /// <summary>A set-based write (ExecuteUpdate/ExecuteDelete), queued on the same gate as SaveChanges.</summary>
    public Task<int> WriteAsync(Func<Task<int>> write, CancellationToken ct) =>
        writeGate is null || Database.CurrentTransaction is not null ? write() : writeGate.RunAsync(write, ct);

    /// <summary>A write that is not SaveChanges (<c>ExecuteUpdate</c>, a claim), queued on the same gate; inside a transaction it just runs.</summary>
    public Task<T> GatedAsync<T>(Func<Task<T>> write, CancellationToken ct) =>
        writeGate is null || Database.CurrentTransaction is not null ? write() : writeGate.RunAsync(write, ct);

    /// <summary>
    /// Several writes that belong together, in one transaction: on SQLite inside the write gate (so the process's
    /// other writes wait instead of meeting a busy database); within an open transaction they simply join it.
    /// </summary>
    public Task<T> InTransactionAsync<T>(Func<Task<T>> work, CancellationToken ct)
    {
        if (Database.CurrentTransaction is not null) return work();
        return GatedAsync(async () =>
        {
            await using var transaction = await Database.BeginTransactionAsync(ct);
            var result = await work();
            await transaction.CommitAsync(ct);
            return result;
        }, ct);
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess) =>
        writeGate is null || Database.CurrentTransaction is not null
            ? base.SaveChanges(acceptAllChangesOnSuccess)
            : writeGate.Run(() => base.SaveChanges(acceptAllChangesOnSuccess));
}
