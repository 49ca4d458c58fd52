using BplBot.Domain.Audit;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BplBot.Data.Configurations;

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> b)
    {
        b.ToTable("AuditEntries");
        b.HasIndex(a => a.At);
        b.Property(a => a.Action).HasConversion<string>().HasMaxLength(40);
        b.Property(a => a.Actor).HasConversion<string>().HasMaxLength(20);
        b.Property(a => a.Detail).HasMaxLength(AuditEntry.DetailMaxLength);
        // Plain ids, no foreign keys: an entry outlives nothing it names (an erased person keeps their row), and
        // the trail must never stop a deletion.
        b.HasIndex(a => a.ActorPersonId);
        b.HasIndex(a => a.SubjectPersonId);
    }
}
