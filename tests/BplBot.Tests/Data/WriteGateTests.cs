using BplBot.Data;
using BplBot.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static BplBot.Tests.Infrastructure.TeamsActivities;

namespace BplBot.Tests.Data;

/// <summary>The write gate queues commits; a save that fails in any way must let the next one through.</summary>
public sealed class WriteGateTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

    [Fact]
    public async Task ConcurrencyConflict_DoesNotBlockLaterSaves()
    {
        await using var app = new BotApplication();
        await app.SendAsync(InstallPersonal());

        using var first = app.Services.CreateScope();
        using var second = app.Services.CreateScope();
        var a = first.ServiceProvider.GetRequiredService<BplDbContext>();
        var b = second.ServiceProvider.GetRequiredService<BplDbContext>();
        var seenByA = await a.ConversationReferences.SingleAsync();
        var seenByB = await b.ConversationReferences.SingleAsync();

        seenByA.MarkRemoved(DateTimeOffset.UtcNow);
        await a.SaveChangesAsync();
        seenByB.MarkRemoved(DateTimeOffset.UtcNow);
        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => b.SaveChangesAsync().WaitAsync(Patience));

        // The bot keeps working: the next install is saved (and greeted) instead of waiting on a gate nobody releases.
        app.Connector.Clear();
        await app.SendAsync(InstallPersonal()).WaitAsync(Patience);
        Assert.Single(app.Connector.Sent);
    }

    [Fact]
    public async Task UniqueIndexViolation_DoesNotBlockLaterSaves()
    {
        await using var app = new BotApplication();
        await app.SendAsync(InstallPersonal());

        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<BplDbContext>();
        var existing = await db.ConversationReferences.AsNoTracking().SingleAsync();
        db.Add(new BplBot.Conversations.ConversationReference(existing.ChannelId, existing.ConversationId, existing.ConversationType, DateTimeOffset.UtcNow));
        await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync().WaitAsync(Patience));

        await app.SendAsync(InstallPersonal(action: "remove")).WaitAsync(Patience);
        Assert.False(app.WithDb(d => d.ConversationReferences.AsNoTracking().Single()).IsActive);
    }
}
