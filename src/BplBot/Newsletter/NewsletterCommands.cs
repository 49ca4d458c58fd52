using System.Text;
using System.Text.RegularExpressions;
using BplBot.Conversations.Commands;
using BplBot.Data;
using BplBot.Domain.Commands;
using BplBot.Domain.Network;
using Microsoft.EntityFrameworkCore;

namespace BplBot.Newsletter;

/// <summary>Shared by <c>nyhetsbrev</c> and <c>bygg nyhetsbrev</c>: coordinators only, "träff 8" picks the meeting.</summary>
public abstract partial class NewsletterCommandBase(BplDbContext db, NewsletterCard cards, TimeProvider time) : ICommandHandler
{
    protected BplDbContext Db => db;

    public abstract CommandName Name { get; }

    [GeneratedRegex(@"(?:träff|traff|meeting)\s*([0-9]+)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, Domain.Text.InputLimits.RegexTimeoutMilliseconds)]
    private static partial Regex MeetingNumber();

    // Coordinators only: the router enforces the command's audience.
    public Task HandleAsync(CommandContext context, CancellationToken ct) => RunAsync(context, ct);

    protected abstract Task RunAsync(CommandContext context, CancellationToken ct);

    /// <summary>The meeting named by "träff N", or null (and nothing said) when none is named.</summary>
    protected async Task<(bool Named, Meeting? Meeting)> NamedMeetingAsync(CommandContext context, CancellationToken ct)
    {
        var match = MeetingNumber().Match(context.Argument ?? string.Empty);
        if (!match.Success) return (false, null);
        // More digits than an int holds is no meeting of ours either: the same answer, never an OverflowException (F9).
        var parsed = int.TryParse(match.Groups[1].Value, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var ordinal);
        var meeting = parsed
            ? await db.Meetings.AsNoTracking().SingleOrDefaultAsync(m => m.Ordinal == ordinal, ct)
            : null;
        if (meeting is null)
        {
            var named = parsed ? $" {ordinal}" : string.Empty;
            await context.ReplyAsync(context.Pick($"Jag hittar ingen träff{named}. Skriv **träffar** för att se dem.", $"I can't find meeting{named}. Write **meetings** to see them."), ct);
        }
        return (true, meeting);
    }

    /// <summary>The latest meeting that has started and is not cancelled.</summary>
    protected Task<Meeting?> LatestHeldAsync(CancellationToken ct)
    {
        var now = time.GetUtcNow();
        return db.Meetings.AsNoTracking().Where(m => !m.IsCancelled && m.StartsAt <= now).OrderByDescending(m => m.StartsAt).FirstOrDefaultAsync(ct);
    }

    protected Task SendCardAsync(CommandContext context, NewsletterDraft draft, Meeting meeting, string? text, CancellationToken ct) =>
        context.ReplyAsync(new Conversations.Replies.Reply(text, cards.Build(draft, meeting, context.Language)), ct);
}

/// <summary><c>nyhetsbrev</c> (the latest draft), <c>nyhetsbrev träff 8</c>, <c>nyhetsbrev text</c> (as Markdown messages).</summary>
public sealed class NewsletterCommand(BplDbContext db, NewsletterCard cards, TimeProvider time) : NewsletterCommandBase(db, cards, time)
{
    /// <summary>A Teams message holds about 28 KB; the Markdown goes in parts below that, split between sections.</summary>
    public const int MessageLimit = 20_000;

    public override CommandName Name => CommandName.Newsletter;

    protected override async Task RunAsync(CommandContext context, CancellationToken ct)
    {
        var (named, meeting) = await NamedMeetingAsync(context, ct);
        if (named && meeting is null) return;
        var drafts = Db.NewsletterDrafts.AsNoTracking();
        var draft = meeting is not null
            ? await drafts.Where(d => d.MeetingId == meeting.Id).OrderByDescending(d => d.Version).FirstOrDefaultAsync(ct)
            : await drafts.OrderByDescending(d => d.CreatedAt).ThenByDescending(d => d.Id).FirstOrDefaultAsync(ct);
        if (draft is null)
        {
            await context.ReplyAsync(context.Pick(
                meeting is null ? "Det finns inget utkast till nyhetsbrev än. Det byggs efter varje träff; skriv **bygg nyhetsbrev** för att bygga det nu."
                    : $"Det finns inget utkast för träff {meeting.Ordinal}. Skriv **bygg nyhetsbrev träff {meeting.Ordinal}** för att bygga det.",
                meeting is null ? "There is no newsletter draft yet. It is built after each meeting; write **bygg nyhetsbrev** to build it now."
                    : $"There is no draft for meeting {meeting.Ordinal}. Write **bygg nyhetsbrev träff {meeting.Ordinal}** to build it."), ct);
            return;
        }
        meeting ??= await Db.Meetings.AsNoTracking().SingleAsync(m => m.Id == draft.MeetingId, ct);
        if ((context.Argument ?? string.Empty).Contains("text", StringComparison.OrdinalIgnoreCase))
        {
            foreach (var part in Parts(draft.Markdown)) await context.ReplyAsync(part, ct);
            return;
        }
        await SendCardAsync(context, draft, meeting, null, ct);
    }

    /// <summary>The Markdown in parts under the message limit, cut before a heading where possible.</summary>
    public static IReadOnlyList<string> Parts(string markdown)
    {
        var parts = new List<string>();
        var current = new StringBuilder();
        foreach (var block in Regex.Split(markdown, @"(?m)^(?=#{1,3} )"))
        {
            if (current.Length > 0 && current.Length + block.Length > MessageLimit)
            {
                parts.Add(current.ToString().TrimEnd());
                current.Clear();
            }
            for (var i = 0; i < block.Length; i += MessageLimit)
            {
                var piece = block.Substring(i, Math.Min(MessageLimit, block.Length - i));
                if (current.Length + piece.Length > MessageLimit && current.Length > 0)
                {
                    parts.Add(current.ToString().TrimEnd());
                    current.Clear();
                }
                current.Append(piece);
            }
        }
        if (current.Length > 0) parts.Add(current.ToString().TrimEnd());
        return parts;
    }
}

/// <summary><c>bygg nyhetsbrev</c> [<c>träff 8</c>]: builds a new version now (e.g. after late check-ins); earlier versions are kept.</summary>
public sealed class BuildNewsletterCommand(BplDbContext db, NewsletterCard cards, NewsletterBuilder builder, TimeProvider time)
    : NewsletterCommandBase(db, cards, time)
{
    public override CommandName Name => CommandName.BuildNewsletter;

    protected override async Task RunAsync(CommandContext context, CancellationToken ct)
    {
        var (named, meeting) = await NamedMeetingAsync(context, ct);
        if (named && meeting is null) return;
        meeting ??= await LatestHeldAsync(ct);
        if (meeting is null || meeting.IsCancelled)
        {
            await context.ReplyAsync(context.Pick("Ingen träff har hållits än, så det finns inget nyhetsbrev att bygga.",
                "No meeting has been held yet, so there is no newsletter to build."), ct);
            return;
        }
        var draft = await builder.BuildAsync(meeting.Id, ct);
        var note = draft.Version > 1
            ? context.Pick($"Version {draft.Version} är byggd; tidigare versioner finns kvar.", $"Version {draft.Version} is built; earlier versions are kept.")
            : null;
        await SendCardAsync(context, draft, meeting, note, ct);
    }
}
