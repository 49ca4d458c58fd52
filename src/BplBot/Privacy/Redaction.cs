using System.Net;
using System.Text.Json;
using BplBot.Data;
using BplBot.Domain.Privacy;
using BplBot.Text;
using DocumentFormat.OpenXml.Packaging;
using Microsoft.EntityFrameworkCore;
using WordText = DocumentFormat.OpenXml.Wordprocessing.Text;

namespace BplBot.Privacy;

/// <summary>
/// An erased person's name and e-mail can be in rows that belong to others: a digest to the coordinators names people
/// the bot can no longer reach, and a newsletter draft lists its coaches and coordinators as contacts. Those rows are
/// kept, with the name replaced by "tidigare medlem" and the address by a dash, in every encoding the row uses (JSON in
/// a card, HTML entities, Markdown escapes, the text inside a Word file).
/// </summary>
public sealed class Redaction(BplDbContext db)
{
    /// <summary>Shorter names ("Demo") would match ordinary words in other people's messages; they are left alone.</summary>
    public const int MinimumNameLength = 5;

    private const string Dash = "–";

    public async Task<int> RedactAsync(string name, string email, CancellationToken ct)
    {
        var replacements = Replacements(name, email);
        return await RedactOutboxAsync(replacements, ct) + await RedactNewslettersAsync(replacements, ct);
    }

    private static List<(string From, string To)> Replacements(string name, string email)
    {
        var list = new List<(string, string)>();
        void Add(string from, string to)
        {
            if (from.Length > 0 && !list.Exists(r => r.Item1 == from)) list.Add((from, to));
        }
        // The newsletter's HTML links a contact's address: the link goes with it.
        Add($"<a href=\"mailto:{WebUtility.HtmlEncode(email)}\">{WebUtility.HtmlEncode(email)}</a>", Dash);
        foreach (var (value, to) in new[] { (email, Dash), (name.Length >= MinimumNameLength ? name : string.Empty, FormerMember.Swedish) })
        {
            if (value.Length == 0) continue;
            Add(value, to);
            Add(JsonSerializer.Serialize(value)[1..^1], to);     // inside a card's JSON
            Add(WebUtility.HtmlEncode(value), WebUtility.HtmlEncode(to)); // in the newsletter's HTML
            Add(MarkdownText.Escape(value), to);                 // in Markdown
        }
        // Longest first, so a name is not half-replaced by one of its shorter encodings.
        return list.OrderByDescending(r => r.Item1.Length).ToList();
    }

    private async Task<int> RedactOutboxAsync(List<(string From, string To)> replacements, CancellationToken ct)
    {
        var changed = 0;
        foreach (var (from, to) in replacements)
        {
            changed += await db.OutboxMessages.Where(m => m.Text.Contains(from))
                .ExecuteUpdateAsync(s => s.SetProperty(m => m.Text, m => m.Text.Replace(from, to)), ct);
            changed += await db.OutboxMessages.Where(m => m.CardJson != null && m.CardJson.Contains(from))
                .ExecuteUpdateAsync(s => s.SetProperty(m => m.CardJson, m => m.CardJson!.Replace(from, to)), ct);
        }
        return changed;
    }

    private async Task<int> RedactNewslettersAsync(List<(string From, string To)> replacements, CancellationToken ct)
    {
        var froms = replacements.Select(r => r.From).ToList();
        var ids = new HashSet<int>();
        foreach (var from in froms)
            ids.UnionWith(await db.NewsletterDrafts.Where(d => d.Html.Contains(from) || d.Markdown.Contains(from)).Select(d => d.Id).ToListAsync(ct));
        foreach (var id in ids)
        {
            var draft = await db.NewsletterDrafts.AsNoTracking().Where(d => d.Id == id)
                .Select(d => new { d.Html, d.Markdown, d.Docx }).SingleAsync(ct);
            var html = Replace(draft.Html, replacements);
            var markdown = Replace(draft.Markdown, replacements);
            var docx = RedactDocx(draft.Docx, replacements);
            await db.NewsletterDrafts.Where(d => d.Id == id).ExecuteUpdateAsync(s => s
                .SetProperty(d => d.Html, html).SetProperty(d => d.Markdown, markdown).SetProperty(d => d.Docx, docx), ct);
        }
        return ids.Count;
    }

    private static string Replace(string text, List<(string From, string To)> replacements) =>
        replacements.Aggregate(text, (t, r) => t.Replace(r.From, r.To, StringComparison.Ordinal));

    /// <summary>The Word file's text runs; the writer puts a contact line in one run, so a name is never split.</summary>
    private static byte[] RedactDocx(byte[] docx, List<(string From, string To)> replacements)
    {
        if (docx.Length == 0) return docx;
        using var stream = new MemoryStream();
        stream.Write(docx);
        using (var document = WordprocessingDocument.Open(stream, isEditable: true))
        {
            var parts = new List<OpenXmlPart>();
            if (document.MainDocumentPart is { } main) parts.AddRange([main, .. main.HeaderParts, .. main.FooterParts]);
            foreach (var part in parts)
                foreach (var text in part.RootElement?.Descendants<WordText>() ?? [])
                    text.Text = Replace(text.Text, replacements);
            if (document.PackageProperties is { } properties)
            {
                properties.Creator = properties.Creator is { } c ? Replace(c, replacements) : null;
                properties.LastModifiedBy = properties.LastModifiedBy is { } m ? Replace(m, replacements) : null;
            }
        }
        return stream.ToArray();
    }
}
