using BplBot.Conversations;
using BplBot.Domain.Network;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BplBot.Data.Configurations;

internal sealed class ConversationReferenceConfiguration : IEntityTypeConfiguration<ConversationReference>
{
    public void Configure(EntityTypeBuilder<ConversationReference> b)
    {
        b.ToTable("ConversationReferences");
        b.HasIndex(c => new { c.ChannelId, c.ConversationId }).IsUnique();
        b.HasIndex(c => c.UserAadObjectId);
        b.HasIndex(c => c.ImprovementTeamId);
        b.Property(c => c.ChannelId).HasMaxLength(50);
        b.Property(c => c.ConversationId).HasMaxLength(400);
        b.Property(c => c.ConversationType).HasMaxLength(20);
        b.Property(c => c.ServiceUrl).HasMaxLength(400);
        // Two install events for one reinstall arrive together; only the turn that flips IsActive may greet.
        b.Property(c => c.IsActive).IsConcurrencyToken();
        b.HasOne<ImprovementTeam>().WithMany().HasForeignKey(c => c.ImprovementTeamId).OnDelete(DeleteBehavior.SetNull);
    }
}

internal sealed class TeamsUserConfiguration : IEntityTypeConfiguration<TeamsUser>
{
    public void Configure(EntityTypeBuilder<TeamsUser> b)
    {
        b.ToTable("TeamsUsers");
        b.HasIndex(u => u.TeamsUserId).IsUnique();
        b.HasIndex(u => u.AadObjectId);
        b.Property(u => u.TeamsUserId).HasMaxLength(200);
        b.Property(u => u.AadObjectId).HasMaxLength(64);
        b.Property(u => u.TenantId).HasMaxLength(64);
        b.HasOne<Person>().WithMany().HasForeignKey(u => u.PersonId).OnDelete(DeleteBehavior.SetNull);
    }
}

internal sealed class ProcessedActivityConfiguration : IEntityTypeConfiguration<ProcessedActivity>
{
    public void Configure(EntityTypeBuilder<ProcessedActivity> b)
    {
        b.ToTable("ProcessedActivities");
        b.HasIndex(p => new { p.ChannelId, p.ConversationId, p.ActivityId }).IsUnique();
        b.HasIndex(p => p.ReceivedAt);
        b.Property(p => p.ChannelId).HasMaxLength(50);
        b.Property(p => p.ConversationId).HasMaxLength(400);
        b.Property(p => p.ActivityId).HasMaxLength(200);
    }
}
