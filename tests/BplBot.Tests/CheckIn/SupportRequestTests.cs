using BplBot.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static BplBot.Tests.Infrastructure.TeamsActivities;

namespace BplBot.Tests.CheckIn;

/// <summary>Issue 12: a request for support is not lost to a later report; a coach closes it.</summary>
public sealed class SupportRequestTests
{
    private static List<BplBot.Domain.CheckIn.SupportRequest> Open(BotApplication app, string teamKey) => app.WithDb(db =>
    {
        var team = db.Teams.Single(t => t.Key == teamKey).Id;
        return db.SupportRequests.AsNoTracking().Where(r => r.TeamId == team && r.ResolvedAt == null).ToList();
    });

    [Fact]
    public async Task OpenRequest_SurvivesAReplacingReport_WhenKept()
    {
        await using var app = new BotApplication();
        app.AsFatima();
        await app.CompleteCheckInAsync(support: "ja", topic: "Hur mäter vi vidare kontakt?");

        await app.ThroughMeasuresAsync("rapportera", "3,5", "Fler hembesök görs tillsammans", "15", "31", "Hembesök på tisdagar", "hoppa över", "Fortsätta");
        var question = app.Connector.SentTexts[^1];
        Assert.Contains("Ni har redan bett om stöd: *Hur mäter vi vidare kontakt?*", question, StringComparison.Ordinal);
        await app.SayAsync("behåll");
        await app.SayAsync("spara");

        var open = Assert.Single(Open(app, "nassjo"));
        Assert.Equal("Hur mäter vi vidare kontakt?", open.Topic);
        Assert.Equal(2, app.CheckInsMade().Count);
    }

    [Fact]
    public async Task OpenRequest_IsWithdrawn_OnlyWhenTheMemberSaysSo()
    {
        await using var app = new BotApplication();
        app.AsFatima();
        await app.CompleteCheckInAsync(support: "ja", topic: "Hur mäter vi vidare kontakt?");

        await app.ThroughMeasuresAsync("rapportera", "3,5", "Fler hembesök görs tillsammans", "15", "31", "Hembesök på tisdagar", "hoppa över", "Fortsätta");
        Assert.Contains("det öppna önskemålet tas bort", await app.SayAsync("ta bort"), StringComparison.Ordinal);
        await app.SayAsync("spara");

        Assert.Empty(Open(app, "nassjo"));
    }

    [Fact]
    public async Task TheCardForm_KeepsTheOpenRequest_WhenItsToggleIsLeftOn()
    {
        await using var app = new BotApplication();
        app.AsFatima();
        await app.CompleteCheckInAsync(support: "ja", topic: "Hur mäter vi vidare kontakt?");
        var before = app.Connector.Sent.Count;

        await app.SayAsync("rapportera formulär");

        var form = Assert.Single(app.CardsSince(before)).Text();
        Assert.Contains("\"value\":\"Hur mäter vi vidare kontakt?\"", form, StringComparison.Ordinal);
        Assert.Contains("vi har redan ett öppet önskemål – bocka ur", form, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ACoach_MarksTheRequestHandled_AndItIsNoLongerOpen()
    {
        await using var app = new BotApplication();
        // The demo's Arena för hälsa asked for support before the last meeting.
        Assert.Single(Open(app, "arena-varnamo"));
        await app.SendAsync(PersonalMessage("demo coach Arena"));

        Assert.Contains("Bara Nässjös coacher", await app.SayAsync("stöd klart Nässjö"), StringComparison.Ordinal);
        Assert.Contains("Klart! Önskemålet om stöd från Arena för hälsa är markerat som klart.", await app.SayAsync("stöd klart Arena"), StringComparison.Ordinal);

        Assert.Empty(Open(app, "arena-varnamo"));
        Assert.Contains("inga öppna önskemål", await app.SayAsync("stöd klart Arena"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AMember_CannotCloseTheTeamsRequest()
    {
        await using var app = new BotApplication();
        app.AsFatima();

        Assert.Contains("är till för teamens coacher", await app.SayAsync("stöd klart Nässjö"), StringComparison.Ordinal);
    }
}
