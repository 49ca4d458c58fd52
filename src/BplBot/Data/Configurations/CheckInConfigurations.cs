using BplBot.Dialogs;
using BplBot.Domain.CheckIn;
using BplBot.Domain.Measures;
using BplBot.Domain.Network;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BplBot.Data.Configurations;

internal sealed class TeamCheckInConfiguration : IEntityTypeConfiguration<TeamCheckIn>
{
    public void Configure(EntityTypeBuilder<TeamCheckIn> b)
    {
        b.ToTable("CheckIns");
        b.HasOne<ImprovementTeam>().WithMany().HasForeignKey(c => c.TeamId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Meeting>().WithMany().HasForeignKey(c => c.PeriodMeetingId).OnDelete(DeleteBehavior.SetNull);
        b.HasOne<Person>().WithMany().HasForeignKey(c => c.PersonId).OnDelete(DeleteBehavior.SetNull);
        b.HasIndex(c => new { c.TeamId, c.PeriodMeetingId, c.SubmittedAt });
        b.Property(c => c.Rating).HasPrecision(4, 2);
        b.Property(c => c.RatingReason).HasMaxLength(FreeTextLimits.Reason);
        b.Property(c => c.Tested).HasMaxLength(FreeTextLimits.Pgsa);
        b.Property(c => c.Learned).HasMaxLength(FreeTextLimits.Pgsa);
        b.Property(c => c.NextStep).HasMaxLength(FreeTextLimits.Pgsa);
        b.Property(c => c.SupportTopic).HasMaxLength(FreeTextLimits.SupportTopic);
        b.HasMany(c => c.Answers).WithOne().HasForeignKey(a => a.CheckInId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(c => c.Answers).HasField("_answers").UsePropertyAccessMode(PropertyAccessMode.Field).AutoInclude();
    }
}

internal sealed class CheckInMeasureAnswerConfiguration : IEntityTypeConfiguration<CheckInMeasureAnswer>
{
    public void Configure(EntityTypeBuilder<CheckInMeasureAnswer> b)
    {
        b.ToTable("CheckInAnswers");
        b.HasOne<MeasureDefinition>().WithMany().HasForeignKey(a => a.MeasureId).OnDelete(DeleteBehavior.Cascade);
        b.Property(a => a.Value).HasPrecision(18, 4);
    }
}

internal sealed class SupportRequestConfiguration : IEntityTypeConfiguration<SupportRequest>
{
    public void Configure(EntityTypeBuilder<SupportRequest> b)
    {
        b.ToTable("SupportRequests");
        b.HasOne<ImprovementTeam>().WithMany().HasForeignKey(s => s.TeamId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<TeamCheckIn>().WithMany().HasForeignKey(s => s.CheckInId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Person>().WithMany().HasForeignKey(s => s.PersonId).OnDelete(DeleteBehavior.SetNull);
        b.HasIndex(s => new { s.TeamId, s.ResolvedAt });
        b.Property(s => s.Topic).HasMaxLength(FreeTextLimits.SupportTopic);
    }
}

internal sealed class DialogStateConfiguration : IEntityTypeConfiguration<DialogState>
{
    public void Configure(EntityTypeBuilder<DialogState> b)
    {
        b.ToTable("DialogStates");
        b.HasIndex(d => new { d.ChannelId, d.ConversationId, d.UserId }).IsUnique();
        b.HasIndex(d => d.ExpiresAt);
        b.Property(d => d.ChannelId).HasMaxLength(50);
        b.Property(d => d.ConversationId).HasMaxLength(400);
        b.Property(d => d.UserId).HasMaxLength(200);
        b.Property(d => d.Kind).HasMaxLength(40);
        b.Property(d => d.Step).HasMaxLength(40);
        b.Property(d => d.Language).HasMaxLength(2);
        b.Property(d => d.Data).HasMaxLength(64_000);
        b.Property(d => d.Version).IsConcurrencyToken();
        b.Ignore(d => d.Key);
    }
}

internal sealed class CoachRatingConfiguration : IEntityTypeConfiguration<CoachRating>
{
    public void Configure(EntityTypeBuilder<CoachRating> b)
    {
        b.ToTable("CoachRatings");
        b.HasOne<ImprovementTeam>().WithMany().HasForeignKey(r => r.TeamId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Person>().WithMany().HasForeignKey(r => r.CoachId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(r => new { r.TeamId, r.RatedAt });
        b.Property(r => r.Score).HasPrecision(4, 2);
        b.Property(r => r.Reason).HasMaxLength(FreeTextLimits.Reason);
    }
}
