using BplBot.Conversations.Commands;
using BplBot.Data;
using BplBot.Domain.Commands;
using BplBot.Domain.Text;
using Microsoft.EntityFrameworkCore;

namespace BplBot.Audit;

/// <summary><c>logg</c>: the latest 20 lines of the audit trail, for coordinators (the router enforces the audience).</summary>
public sealed class AuditLogCommand(BplDbContext db) : ICommandHandler
{
    public const int Shown = 20;

    public CommandName Name => CommandName.AuditLog;

    public async Task HandleAsync(CommandContext context, CancellationToken ct)
    {
        var l = context.Language;
        var entries = await db.AuditEntries.AsNoTracking().OrderByDescending(e => e.At).ThenByDescending(e => e.Id).Take(Shown).ToListAsync(ct);
        if (entries.Count == 0)
        {
            await context.ReplyAsync(l.Pick("Loggen är tom än.", "The log is empty so far."), ct);
            return;
        }
        var ids = entries.SelectMany(e => new[] { e.ActorPersonId, e.SubjectPersonId }).OfType<int>().Distinct().ToList();
        var people = await db.People.AsNoTracking().Where(p => ids.Contains(p.Id)).ToDictionaryAsync(p => p.Id, ct);
        var teams = await db.Teams.AsNoTracking().ToDictionaryAsync(t => t.Id, t => t.ShortName, ct);
        var lines = new AuditLines(people, teams, l);
        var heading = l.Pick($"**Logg – de senaste {entries.Count} händelserna**", $"**Log – the latest {entries.Count} events**");
        var note = l.Pick("Rollbyten, raderingar, nyhetsbrev och exporter loggas, aldrig vad någon skrivit.",
            "Role changes, deletions, newsletters and exports are logged, never what anyone wrote.");
        await context.ReplyAsync($"{heading}\n\n{string.Join("\n", entries.Select(e => "- " + lines.Line(e)))}\n\n{note}", ct);
    }
}
