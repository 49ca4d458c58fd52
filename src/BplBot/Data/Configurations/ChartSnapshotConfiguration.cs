using BplBot.Charts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BplBot.Data.Configurations;

internal sealed class ChartSnapshotConfiguration : IEntityTypeConfiguration<ChartSnapshot>
{
    public void Configure(EntityTypeBuilder<ChartSnapshot> b)
    {
        b.ToTable("ChartSnapshots");
        b.Property(s => s.Token).HasMaxLength(32);
        b.Property(s => s.Hash).HasMaxLength(64);
        b.HasIndex(s => s.Token).IsUnique();
        b.HasIndex(s => s.Hash).IsUnique();
        b.HasIndex(s => s.ExpiresAt);
        b.Property(s => s.Png).HasMaxLength(1_000_000);
    }
}
