using BplBot.Cards;
using BplBot.Conversations.Commands;
using BplBot.Data;
using BplBot.Domain.Commands;
using BplBot.Domain.Text;
using BplBot.Privacy;
using BplBot.Text;
using Microsoft.EntityFrameworkCore;

namespace BplBot.Export;

/// <summary>
/// <c>exportera</c>: a coordinator gets a signed link (valid for <c>Privacy:LinkLifetime</c>) to the archive export,
/// built when it is fetched and audited then, with the coordinator as the one who exported.
/// </summary>
public sealed class ExportChatCommand(BplDbContext db, PrivacyLinks links) : ICommandHandler
{
    public CommandName Name => CommandName.Export;

    public async Task HandleAsync(CommandContext context, CancellationToken ct)
    {
        var l = context.Language;
        var teams = await db.Teams.CountAsync(ct);
        var checkIns = await db.CheckIns.CountAsync(ct);
        var drafts = await db.NewsletterDrafts.CountAsync(ct);
        var title = l.Pick("Export av nätverkets uppgifter", "Export of the network's records");
        var lifetime = Durations.Describe(links.Lifetime, l);
        var card = new AdaptiveCard(
            [
                TextBlock.Heading(title),
                new TextBlock(l.Pick(
                    "En ZIP-fil i öppna format för kommunens e-arkiv eller ett annat system: JSON med scheman, CSV-tabeller, utkasten till nyhetsbrev som Word och HTML, och nätverket som nätverksfil. Personer som har raderats finns inte med.",
                    "A ZIP file in open formats for the municipality's e-archive or another system: JSON with schemas, CSV tables, the newsletter drafts as Word and HTML, and the network as a network file. Erased people are not in it.")),
                new FactSet(
                [
                    new(l.Pick("Team", "Teams"), teams.ToString(l.Culture())),
                    new(l.Pick("Rapporter", "Reports"), checkIns.ToString(l.Culture())),
                    new(l.Pick("Utkast till nyhetsbrev", "Newsletter drafts"), drafts.ToString(l.Culture())),
                ]),
                TextBlock.Attention(l.Pick("Filen innehåller personuppgifter. Spara den där nätverkets handlingar förvaras, inte i en chatt.",
                    "The file holds personal data. Keep it where the network's records are kept, not in a chat.")),
                TextBlock.Subtle(l.Pick($"Länken gäller i {lifetime}. Hämtningen loggas.", $"The link works for {lifetime}. The download is logged.")),
            ],
            [new OpenUrlAction(l.Pick("Hämta exporten (.zip)", "Download the export (.zip)"), links.ForExport(context.Person!.Id))])
        {
            FallbackText = title,
        };
        await context.ReplyAsync(card, ct);
    }
}
