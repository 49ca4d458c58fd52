using BplBot.Tests.CheckIn;
using BplBot.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static BplBot.Tests.Infrastructure.TeamsActivities;

namespace BplBot.Tests.Security;

/// <summary>Security review F12 (nothing of the network for strangers) and F13 (membership checked at save).</summary>
public sealed class StrangersAndRevokedTests
{
    [Theory]
    [InlineData("träffar")]
    [InlineData("nästa träff")]
    [InlineData("team")]
    [InlineData("vem är jag")]
    public async Task Stranger_GetsNoMeetingsTeamsOrAddresses(string command)
    {
        await using var app = new BotApplication();

        var reply = await app.SayAsync(command);

        Assert.DoesNotContain("@", reply, StringComparison.Ordinal);
        Assert.DoesNotContain("Jönköping", reply, StringComparison.Ordinal);
        Assert.DoesNotContain("Attarp", reply, StringComparison.Ordinal);
        Assert.Contains("Maja Lindqvist", reply, StringComparison.Ordinal); // who to ask, by name only
    }

    [Fact]
    public async Task RevokedMember_CannotSave()
    {
        await using var app = new BotApplication();
        app.AsFatima();
        await app.ThroughMeasuresAsync("rapportera", "3,5", "Fler hembesök", "14", "30", "Tisdagar", "Lärde oss", "Fortsätta", "nej");
        app.WithDb(db =>
        {
            var fatima = db.People.Include(p => p.Roles).Single(p => p.Email == "fatima.noor@example.se");
            fatima.Revoke(BplBot.Domain.Network.Role.Member, db.Teams.Single(t => t.Key == "nassjo").Id);
            return db.SaveChanges();
        });

        Assert.Contains("inte längre med i Nässjö", await app.SayAsync("spara"), StringComparison.Ordinal);
        Assert.Empty(app.CheckInsMade());
    }
}
