using BplBot.Domain.Network;
using BplBot.Network;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BplBot.Data.Configurations;

internal sealed class TeamConfiguration : IEntityTypeConfiguration<ImprovementTeam>
{
    public void Configure(EntityTypeBuilder<ImprovementTeam> b)
    {
        b.ToTable("Teams");
        b.HasIndex(t => t.Key).IsUnique();
        b.Property(t => t.Key).HasMaxLength(100);
        b.Property(t => t.Name).HasMaxLength(200);
        b.Property(t => t.ShortName).HasMaxLength(100);
        b.Property(t => t.Municipality).HasMaxLength(100);
        b.Property(t => t.Aim).HasMaxLength(2000);
        b.Property(t => t.FocusArea).HasConversion<string>().HasMaxLength(40);
        b.PrimitiveCollection(t => t.Aliases);
    }
}

internal sealed class PersonConfiguration : IEntityTypeConfiguration<Person>
{
    public void Configure(EntityTypeBuilder<Person> b)
    {
        b.ToTable("People");
        b.HasIndex(p => p.Email).IsUnique();
        b.HasIndex(p => p.AadObjectId).IsUnique();
        b.Property(p => p.Name).HasMaxLength(200);
        b.Property(p => p.Email).HasMaxLength(320);
        b.Property(p => p.AadObjectId).HasMaxLength(64);
        b.Property(p => p.Locale).HasMaxLength(20);
        b.Property(p => p.PreferredLanguage).HasMaxLength(2);
        b.HasMany(p => p.Roles).WithOne().HasForeignKey(r => r.PersonId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(p => p.Roles).HasField("_roles").UsePropertyAccessMode(PropertyAccessMode.Field).AutoInclude();
    }
}

internal sealed class RoleConfiguration : IEntityTypeConfiguration<RoleAssignment>
{
    public void Configure(EntityTypeBuilder<RoleAssignment> b)
    {
        b.ToTable("Roles");
        b.Property(r => r.Role).HasConversion<string>().HasMaxLength(20);
        b.Property(r => r.Source).HasConversion<string>().HasMaxLength(10).HasDefaultValue(RoleSource.Chat);
        b.HasOne<ImprovementTeam>().WithMany().HasForeignKey(r => r.TeamId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(r => new { r.PersonId, r.Role, r.TeamId }).IsUnique();
    }
}

internal sealed class MeetingConfiguration : IEntityTypeConfiguration<Meeting>
{
    public void Configure(EntityTypeBuilder<Meeting> b)
    {
        b.ToTable("Meetings");
        b.HasIndex(m => m.Ordinal).IsUnique();
        b.HasIndex(m => m.StartsAt);
        b.Property(m => m.Place).HasMaxLength(200);
        b.Property(m => m.Theme).HasMaxLength(500);
    }
}

internal sealed class NetworkInfoConfiguration : IEntityTypeConfiguration<NetworkInfo>
{
    public void Configure(EntityTypeBuilder<NetworkInfo> b)
    {
        b.ToTable("NetworkInfo");
        b.Property(n => n.Id).ValueGeneratedNever();
        b.Property(n => n.Name).HasMaxLength(200);
        b.Property(n => n.Source).HasConversion<string>().HasMaxLength(10);
        b.Property(n => n.SourceHash).HasMaxLength(64);
    }
}
