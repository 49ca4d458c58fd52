using BplBot.Domain.Audit;
using BplBot.Tests.CheckIn;
using BplBot.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace BplBot.Tests.Privacy;

/// <summary><c>logg</c>: role changes, erasures, newsletter builds and exports, when and who, never what anyone wrote.</summary>
public sealed class AuditLogTests
{
    [Fact]
    public async Task Log_ShowsRoleChangesNewsletterBuildsAndExports_ByWhom_ForCoordinatorsOnly()
    {
        await using var app = new BotApplication();
        await app.SayAsync("demo samordnare");
        await app.SayAsync("roll coach anna.svensson@example.se Vetlanda");
        await app.SayAsync("ta bort roll coach anna.svensson@example.se Vetlanda");
        await app.SayAsync("bygg nyhetsbrev");
        var before = app.Connector.Sent.Count;
        await app.SayAsync("exportera");
        using (var zip = await app.GetAsync(PrivacyKit.Links(app.LastCard(before)).Single()))
            Assert.Equal("application/zip", zip.Content.Headers.ContentType?.MediaType);

        var log = await app.SayAsync("logg");
        Assert.Contains("**Logg – de senaste 20 händelserna**", log, StringComparison.Ordinal);
        Assert.Contains("Alex Wilber exporterade nätverkets uppgifter", log, StringComparison.Ordinal);
        Assert.Matches(@"Alex Wilber byggde utkastet till nyhetsbrev för träff 8 \(version \d+\)", log);
        Assert.Contains("Alex Wilber tog bort rollen coach för Vetlanda från Anna Svensson", log, StringComparison.Ordinal);
        Assert.Contains("Alex Wilber gav Anna Svensson rollen coach för Vetlanda", log, StringComparison.Ordinal);
        Assert.Contains("Alex Wilber tog rollen samordnare", log, StringComparison.Ordinal);
        // Newest first, 20 lines: the demo network's import (its roles, given by the file) is further back.
        var lines = log.Split('\n').Where(l => l.StartsWith("- ", StringComparison.Ordinal)).ToList();
        Assert.Equal(20, lines.Count);
        // Each line starts with when, the time as Swedish writes it: "1 dec. 2026 14.03".
        Assert.All(lines, l => Assert.Matches(@"^- \d{1,2} [a-zåäö]+\.? \d{4} \d{2}\.\d{2} – ", l));
        Assert.Contains("exporterade", lines[0], StringComparison.Ordinal);
        Assert.Contains(app.WithDb(db => db.AuditEntries.AsNoTracking().ToList()), e => e.Actor == AuditActor.NetworkFile && e.Action == AuditAction.RoleGranted);

        // What the trail holds is written by the bot: roles, meeting/version, where an export was made.
        var details = app.WithDb(db => db.AuditEntries.AsNoTracking().Select(e => e.Detail).Distinct().ToList());
        Assert.All(details, d => Assert.Matches(@"^(|Member|Coach|Coordinator|\d+/\d+|chat|cli|retention)$", d));
    }

    [Fact]
    public async Task LogAndExport_AreRefusedToAMember_AndAnExportLinkDiesWithTheCoordinatorRole()
    {
        await using var app = new BotApplication();
        app.AsFatima();
        Assert.Contains("är till för nätverkets samordnare", await app.SayAsync("logg"), StringComparison.Ordinal);
        Assert.Contains("är till för nätverkets samordnare", await app.SayAsync("exportera"), StringComparison.Ordinal);

        await app.SayAsync("demo samordnare");
        var before = app.Connector.Sent.Count;
        await app.SayAsync("export");
        var url = PrivacyKit.Links(app.LastCard(before)).Single();
        await app.SayAsync("demo av");
        using var refused = await app.GetAsync(url);
        Assert.Equal(System.Net.HttpStatusCode.NotFound, refused.StatusCode);
        Assert.Equal(0, app.WithDb(db => db.AuditEntries.Count(e => e.Action == AuditAction.ArchiveExported)));
    }
}
