using BplBot.Domain.Measures;
using BplBot.Domain.Network;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BplBot.Data.Configurations;

internal sealed class MeasureConfiguration : IEntityTypeConfiguration<MeasureDefinition>
{
    public void Configure(EntityTypeBuilder<MeasureDefinition> b)
    {
        b.ToTable("Measures");
        b.HasOne<ImprovementTeam>().WithMany().HasForeignKey(m => m.TeamId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(m => new { m.TeamId, m.Key }).IsUnique();
        b.Property(m => m.Key).HasMaxLength(100);
        b.Property(m => m.Name).HasMaxLength(200);
        b.Property(m => m.Unit).HasMaxLength(20);
        b.Property(m => m.CountNoun).HasMaxLength(40);
        b.Property(m => m.OperationalDefinition).HasMaxLength(2000);
        b.Property(m => m.Kind).HasConversion<string>().HasMaxLength(20);
        b.Property(m => m.GoalValue).HasPrecision(18, 4);
        b.HasMany(m => m.Values).WithOne().HasForeignKey(v => v.MeasureId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(m => m.Values).HasField("_values").UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class MeasureValueConfiguration : IEntityTypeConfiguration<MeasureValue>
{
    public void Configure(EntityTypeBuilder<MeasureValue> b)
    {
        b.ToTable("MeasureValues");
        b.HasIndex(v => new { v.MeasureId, v.Date }).IsUnique();
        b.Property(v => v.Value).HasPrecision(18, 4);
        // A plain indexed column, not a foreign key: adding one to an existing table makes SQLite rebuild it outside
        // the migration's transaction. Check-ins are never deleted on their own (only with their team and its measures).
        b.HasIndex(v => v.CheckInId);
    }
}
