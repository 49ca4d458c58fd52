using BplBot.Conversations;
using BplBot.Dialogs;
using BplBot.Domain.CheckIn;
using BplBot.Domain.Measures;
using BplBot.Domain.Network;
using BplBot.Network;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace BplBot.Data;

public sealed class BplDbContext(DbContextOptions<BplDbContext> options, SqliteWriteGate? writeGate = null) : DbContext(options)
{
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
    public DbSet<Charts.ChartSnapshot> ChartSnapshots => Set<Charts.ChartSnapshot>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(BplDbContext).Assembly);

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Stored as a sortable number so queries can order and compare instants on SQLite and PostgreSQL alike.
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToBinaryConverter>();
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

    public override int SaveChanges(bool acceptAllChangesOnSuccess) =>
        writeGate is null || Database.CurrentTransaction is not null
            ? base.SaveChanges(acceptAllChangesOnSuccess)
            : writeGate.Run(() => base.SaveChanges(acceptAllChangesOnSuccess));
}
