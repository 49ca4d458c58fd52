using BplBot.Outbox;

namespace BplBot.Tests.Outbox;

public sealed class SendLimitsTests
{
    private static readonly TimeSpan Window = TimeSpan.FromSeconds(30); // long, so nothing leaves it during a test

    [Fact]
    public void PerConversation_SevenGo_TheEighthWaits_WhileOtherConversationsStillGo()
    {
        var limits = new SendLimits(7, 30, Window);
        for (var i = 0; i < 7; i++) Assert.Equal(TimeSpan.Zero, limits.TryAcquire("a", "t"));
        Assert.True(limits.TryAcquire("a", "t") > TimeSpan.Zero);
        Assert.Equal(TimeSpan.Zero, limits.TryAcquire("b", "t"));
    }

    [Fact]
    public void PerTenant_CountsAllConversations()
    {
        var limits = new SendLimits(7, 30, Window);
        for (var i = 0; i < 30; i++) Assert.Equal(TimeSpan.Zero, limits.TryAcquire($"c{i}", "t"));
        Assert.True(limits.TryAcquire("c99", "t") > TimeSpan.Zero);
        Assert.Equal(TimeSpan.Zero, limits.TryAcquire("c99", "other tenant"));
    }

    [Fact]
    public void ASendInFlight_HoldsItsPlace_AndCountsFromItsCompletion_UntilTheWindowHasPassed()
    {
        var limits = new SendLimits(1, 30, Window);
        Assert.Equal(TimeSpan.Zero, limits.TryAcquire("a", "t"));
        var whileInFlight = limits.TryAcquire("a", "t");
        Assert.InRange(whileInFlight, TimeSpan.FromMilliseconds(1), TimeSpan.FromMilliseconds(50)); // polls until it completes
        limits.Complete("a", "t");
        Assert.InRange(limits.TryAcquire("a", "t"), Window - TimeSpan.FromSeconds(1), Window);
    }

    [Fact]
    public void ASendNeverMade_GivesItsPlaceBack()
    {
        var limits = new SendLimits(1, 1, Window);
        Assert.Equal(TimeSpan.Zero, limits.TryAcquire("a", "t"));
        limits.Abandon("a", "t");
        Assert.Equal(TimeSpan.Zero, limits.TryAcquire("a", "t"));
    }

    [Fact]
    public void AfterTheWindow_TheNextSendGoes()
    {
        var limits = new SendLimits(1, 1, TimeSpan.FromMilliseconds(20));
        Assert.Equal(TimeSpan.Zero, limits.TryAcquire("a", "t"));
        limits.Complete("a", "t");
        Thread.Sleep(40);
        Assert.Equal(TimeSpan.Zero, limits.TryAcquire("a", "t"));
    }
}
