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

    /// <summary>
    /// The meeting a newsletter is about when none is named: the latest held meeting that teams reported for (a
    /// newsletter with nobody in it helps no one), else the latest held one.
    /// </summary>
    protected async Task<Meeting?> LatestHeldAsync(CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var held = db.Meetings.AsNoTracking().Where(m => !m.IsCancelled && m.StartsAt <= now).OrderByDescending(m => m.StartsAt);
        return await held.FirstOrDefaultAsync(m => db.CheckIns.Any(c => c.PeriodMeetingId == m.Id && c.SupersededAt == null), ct)
            ?? await held.FirstOrDefaultAsync(ct);
    }

    protected Task SendCardAsync(CommandContext context, NewsletterDraft draft, Meeting meeting, string? text, CancellationToken ct) =>
        context.ReplyAsync(new Conversations.Replies.Reply(text, cards.Build(draft, meeting, context.Language)), ct);
}

/// <summary><c>nyhetsbrev</c> (the latest draft), <c>nyhetsbrev träff 8</c>, <c>nyhetsbrev text</c> (as Markdown messages).</summary>
public sealed class NewsletterCommand(BplDbContext db, NewsletterCard cards, NewsletterBuilder builder, TimeProvider time)
    : NewsletterCommandBase(db, cards, time)
{
    /// <summary>A Teams message holds about 28 KB; the Markdown goes in parts below that, split between sections.</summary>
    public const int MessageLimit = 20_000;

    public override CommandName Name => CommandName.Newsletter;

    protected override async Task RunAsync(CommandContext context, CancellationToken ct)
    {
        var (named, meeting) = await NamedMeetingAsync(context, ct);
        if (named && meeting is null) return;
        meeting ??= await LatestHeldAsync(ct);
        if (meeting is null)
        {
            await context.ReplyAsync(context.Pick("Ingen träff har hållits än, så det finns inget nyhetsbrev.",
                "No meeting has been held yet, so there is no newsletter."), ct);
            return;
        }
        // The latest version for the meeting; the first is built now when there is none yet.
        var draft = await Db.NewsletterDrafts.AsNoTracking().Where(d => d.MeetingId == meeting.Id).OrderByDescending(d => d.Version).FirstOrDefaultAsync(ct)
            ?? await builder.BuildAsync(meeting.Id, ct);

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
