using BplBot.Conversations;
using BplBot.Domain.Network;
using BplBot.Outbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BplBot.Data.Configurations;

internal sealed class OutboxConfiguration : IEntityTypeConfiguration<OutboxMessage>
{
    public void Configure(EntityTypeBuilder<OutboxMessage> b)
    {
        b.ToTable("Outbox");
        b.HasIndex(m => new { m.Occasion, m.Recipient }).IsUnique();
        b.HasIndex(m => new { m.Status, m.NextAttemptAt });
        b.Property(m => m.Occasion).HasMaxLength(100);
        b.Property(m => m.Recipient).HasMaxLength(100);
        b.Property(m => m.Text).HasMaxLength(8000);
        b.Property(m => m.CardJson).HasMaxLength(28_000);
        b.Property(m => m.Status).HasConversion<string>().HasMaxLength(20);
        b.Property(m => m.LastError).HasMaxLength(200);
        b.Property(m => m.LeaseOwner).HasMaxLength(100);
        b.Property(m => m.LeaseId).IsConcurrencyToken();
        b.Property(m => m.ActivityId).HasMaxLength(200);
        b.HasOne<Person>().WithMany().HasForeignKey(m => m.PersonId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<ConversationReference>().WithMany().HasForeignKey(m => m.ConversationReferenceId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class SendPauseConfiguration : IEntityTypeConfiguration<SendPause>
{
    public void Configure(EntityTypeBuilder<SendPause> b)
    {
        b.ToTable("SendPauses");
        b.HasKey(p => p.TenantId);
        b.Property(p => p.TenantId).HasMaxLength(100);
    }
}
