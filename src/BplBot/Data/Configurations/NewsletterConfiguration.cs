using BplBot.Domain.Network;
using BplBot.Newsletter;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BplBot.Data.Configurations;

internal sealed class NewsletterDraftConfiguration : IEntityTypeConfiguration<NewsletterDraft>
{
    public void Configure(EntityTypeBuilder<NewsletterDraft> b)
    {
        b.ToTable("NewsletterDrafts");
        b.HasOne<Meeting>().WithMany().HasForeignKey(d => d.MeetingId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(d => new { d.MeetingId, d.Version }).IsUnique();
        b.Property(d => d.Median).HasPrecision(4, 2);
        b.Property(d => d.PreviousMedian).HasPrecision(4, 2);
        b.Property(d => d.Html).HasMaxLength(16_000_000);
        b.Property(d => d.Markdown).HasMaxLength(16_000_000);
    }
}
