using BplBot.Tests.CheckIn;
using BplBot.Tests.Infrastructure;
using BplBot.Tests.Network;
using Microsoft.EntityFrameworkCore;
using static BplBot.Tests.Infrastructure.TeamsActivities;

namespace BplBot.Tests.Privacy;

/// <summary>Someone the network file lists is told, before and after, that the next import brings them back, and whom to ask.</summary>
public sealed class NetworkFileErasureTests
{
    [Fact]
    public async Task ErasingSomeoneTheFileLists_SaysTheNextImportBringsThemBack_AndItDoes()
    {
        var file = Path.Combine(Directory.CreateTempSubdirectory("bplbot-network-").FullName, "network.json");
        File.Copy(Path.Combine(NetworkFileReaderTests.RepositoryRoot(), "docs", "network.example.json"), file);
        string folder;
        await using (var app = new BotApplication(settings: new() { ["Network:File"] = file }))
        {
            folder = app.Folder;
            app.Connector.AddMember(UserId, "medlem@example.se", "Exempel Medlem");
            var before = app.Connector.Sent.Count;
            await app.SayAsync("radera mina data");
            var card = app.LastCard(before).Text();
            Assert.Contains("Du finns med i nätverksfilen. Nästa gång den läses in kommer du tillbaka", card, StringComparison.Ordinal);
            Assert.Contains("Be en samordnare ta bort dig ur filen: Exempel Samordnare.", card, StringComparison.Ordinal);

            var done = await app.PressAsync("radera mina data bekräfta");
            Assert.Contains("Klart.", done, StringComparison.Ordinal);
            Assert.Contains("Du finns med i nätverksfilen", done, StringComparison.Ordinal);
            Assert.Equal(0, app.WithDb(db => db.People.Count(p => p.Email == "medlem@example.se")));

            // The coordinator is told the same about someone else the file lists.
            var coordinator = PersonalMessage("radera person coach@example.se", aad: "00000000-0000-0000-0000-00000000c001")
                .Replace(PersonalChat, "a:1personal-chat-coordinator", StringComparison.Ordinal).Replace(UserId, "29:1-coordinator", StringComparison.Ordinal);
            before = app.Connector.Sent.Count;
            await app.SendAsync(coordinator);
            Assert.Contains("ta bort hen ur filen också", app.LastCard(before).Text(), StringComparison.Ordinal);
        }

        await File.AppendAllTextAsync(file, " "); // the file changes: it is imported again
        await using var again = new BotApplication(folder, new() { ["Network:File"] = file });
        var back = again.WithDb(db => db.People.AsNoTracking().Single(p => p.Email == "medlem@example.se"));
        Assert.Equal("Exempel Medlem", back.Name);
        Assert.NotEmpty(back.Roles);
        Assert.Equal(1, again.WithDb(db => db.People.Count(p => p.ErasedAt != null)));
    }
}
