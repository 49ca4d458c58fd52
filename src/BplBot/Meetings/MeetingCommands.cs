using BplBot.Cards;
using BplBot.Text;
using System.Globalization;
using System.Text;
using BplBot.CheckIn;
using BplBot.Conversations.Commands;
using BplBot.Data;
using BplBot.Domain.Commands;
using BplBot.Domain.Meetings;
using BplBot.Domain.Network;
using BplBot.Domain.Text;
using BplBot.Domain.Time;
using BplBot.Reminders;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace BplBot.Meetings;

/// <summary>Shared by the coordinators' meeting commands: who may use them, finding "träff 9", saying when reminders go.</summary>
public abstract class MeetingCommandBase(BplDbContext db, ReminderScheduler reminders, IOptions<ReminderOptions> options) : ICommandHandler
{
    protected static readonly TimeSpan DefaultLength = TimeSpan.FromHours(3);

    protected BplDbContext Db => db;

    public abstract CommandName Name { get; }

    // Who may use each command (coordinators, or everyone in the network for "träffar") is the router's rule.
    public Task HandleAsync(CommandContext context, CancellationToken ct) => RunAsync(context, ct);

    protected abstract Task RunAsync(CommandContext context, CancellationToken ct);

    protected async Task<string> SaveAndScheduleAsync(Meeting meeting, Language l, CancellationToken ct)
    {
        await db.SaveChangesAsync(ct);
        await reminders.SyncAsync(meeting, ct);
        if (meeting.IsCancelled) return string.Empty;
        var days = ReminderPlan.For(meeting, options.Value.Days(), options.Value.At).Select(r => Formats.Date(r.Day, l)).ToList();
        return days.Count == 0 ? string.Empty : l.Pick($" Påminnelser går ut {string.Join(", ", days)} kl. {Formats.Time(options.Value.At, l)}.",
            $" Reminders go out on {string.Join(", ", days)} at {Formats.Time(options.Value.At, l)}.");
    }

    protected async Task<Meeting?> FindAsync(CommandContext context, string word, CancellationToken ct)
    {
        var digits = new string(word.Where(char.IsDigit).ToArray());
        var meeting = int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var ordinal)
            ? await db.Meetings.SingleOrDefaultAsync(m => m.Ordinal == ordinal, ct) : null;
        if (meeting is null)
            await context.ReplyAsync(context.Pick($"Jag hittar ingen träff med numret {word}. Skriv **träffar** för att se dem.",
                $"I can't find meeting {word}. Write **meetings** to see them."), ct);
        return meeting;
    }

    public static string Describe(Meeting m, Language l)
    {
        var start = Stockholm.ToLocal(m.StartsAt);
        var end = Stockholm.ToLocal(m.EndsAt);
        var text = new StringBuilder(l.Pick($"träff {m.Ordinal} den {Formats.Date(DateOnly.FromDateTime(start), l)} {Formats.Time(start, l)}–{Formats.Time(end, l)}",
            $"meeting {m.Ordinal} on {Formats.Date(DateOnly.FromDateTime(start), l)} {Formats.Time(start, l)}–{Formats.Time(end, l)}"));
        if (m.Place.Length > 0) text.Append(l.Pick($" i {MarkdownText.Escape(m.Place)}", $" in {MarkdownText.Escape(m.Place)}"));
        if (m.Theme.Length > 0) text.Append(l.Pick($", tema: {MarkdownText.Escape(m.Theme)}", $", theme: {MarkdownText.Escape(m.Theme)}"));
        if (m.IsCancelled) text.Append(l.Pick(" (inställd)", " (cancelled)"));
        return text.ToString();
    }
}

/// <summary><c>ny träff 2027-01-19 09:00-12:00 Jönköping tema: Mätningar</c>.</summary>
public sealed class NewMeetingCommand(BplDbContext db, ReminderScheduler reminders, IOptions<ReminderOptions> options, TimeProvider time)
    : MeetingCommandBase(db, reminders, options)
{
    public override CommandName Name => CommandName.NewMeeting;

    protected override async Task RunAsync(CommandContext context, CancellationToken ct)
    {
        var l = context.Language;
        var form = MeetingForm.Argument(context.Input.Card);
        var argument = string.IsNullOrWhiteSpace(context.Argument) ? form : context.Argument;
        if (argument is null)
        {
            await context.ReplyAsync(MeetingForm.Build(l, Stockholm.Today(time.GetUtcNow())), ct);
            return;
        }
        if (MeetingText.Parse(argument, out var problem) is not { } input)
        {
            await context.ReplyAsync(l.Pick(problem!.Value.Swedish, problem.Value.English), ct);
            return;
        }
        var start = Stockholm.ToInstant(input.Date, input.Start);
        if (start <= time.GetUtcNow())
        {
            await context.ReplyAsync(context.Pick("Den tiden har redan varit. Skriv ett datum framåt i tiden.", "That time has passed. Write a future date."), ct);
            return;
        }
        var end = input.End is { } e ? Stockholm.ToInstant(input.Date, e) : start + DefaultLength;
        var ordinal = (await Db.Meetings.MaxAsync(m => (int?)m.Ordinal, ct) ?? 0) + 1;
        var meeting = Db.Meetings.Add(new Meeting(ordinal, start, end, input.Place, input.Theme)).Entity;
        var note = await SaveAndScheduleAsync(meeting, l, ct);
        var added = context.Pick($"Inlagd: {Describe(meeting, l)}.", $"Added: {Describe(meeting, l)}.") + note;
        // The form turns into its confirmation: no live, blank form inviting a second meeting.
        if (form is not null) await context.ReplaceCardAsync(MeetingForm.Done(l, added), ct);
        await context.ReplyAsync(added, ct);
    }
}

/// <summary><c>träffar</c>: the meetings, upcoming first, numbered as people refer to them.</summary>
public sealed class MeetingsCommand(BplDbContext db, ReminderScheduler reminders, IOptions<ReminderOptions> options, TimeProvider time)
    : MeetingCommandBase(db, reminders, options)
{
    public override CommandName Name => CommandName.Meetings;

    protected override async Task RunAsync(CommandContext context, CancellationToken ct)
    {
        var l = context.Language;
        var now = time.GetUtcNow();
        var all = await Db.Meetings.AsNoTracking().OrderBy(m => m.StartsAt).ToListAsync(ct);
        var upcoming = all.Where(m => m.StartsAt > now).Select(m => "- " + Describe(m, l)).ToList();
        var past = all.Where(m => m.StartsAt <= now).Reverse().Select(m => "- " + Describe(m, l)).ToList();
        await context.ReplyAsync(context.Pick("**Kommande träffar**\n", "**Upcoming meetings**\n") + (upcoming.Count > 0 ? string.Join("\n", upcoming) : l.Pick("inga", "none"))
            + context.Pick("\n\n**Tidigare träffar**\n", "\n\n**Past meetings**\n") + (past.Count > 0 ? string.Join("\n", past) : l.Pick("inga", "none")), ct);
    }
}

/// <summary><c>flytta träff 9 2027-01-26 09:00</c>: a new time (the length is kept unless an end is given); its reminders move too.</summary>
public sealed class MoveMeetingCommand(BplDbContext db, ReminderScheduler reminders, IOptions<ReminderOptions> options)
    : MeetingCommandBase(db, reminders, options)
{
    public override CommandName Name => CommandName.MoveMeeting;

    protected override async Task RunAsync(CommandContext context, CancellationToken ct)
    {
        var l = context.Language;
        var parts = context.Argument.Split(' ', 2, StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length < 2)
        {
            await context.ReplyAsync(context.Pick("Skriv t.ex. **flytta träff 9 2027-01-26 09:00**.", "Write e.g. **move meeting 9 2027-01-26 09:00**."), ct);
            return;
        }
        if (await FindAsync(context, parts[0], ct) is not { } meeting) return;
        if (MeetingText.Parse(parts[1], out var problem) is not { } input)
        {
            await context.ReplyAsync(l.Pick(problem!.Value.Swedish, problem.Value.English), ct);
            return;
        }
        var start = Stockholm.ToInstant(input.Date, input.Start);
        var end = input.End is { } e ? Stockholm.ToInstant(input.Date, e) : start + (meeting.EndsAt - meeting.StartsAt);
        meeting.Reschedule(start, end);
        if (input.Place.Length > 0 || input.Theme.Length > 0)
            meeting.Describe(input.Place.Length > 0 ? input.Place : meeting.Place, input.Theme.Length > 0 ? input.Theme : meeting.Theme);
        var note = await SaveAndScheduleAsync(meeting, l, ct);
        await context.ReplyAsync(context.Pick($"Flyttad: {Describe(meeting, l)}.", $"Moved: {Describe(meeting, l)}.") + note, ct);
    }
}

/// <summary><c>ställ in träff 9</c>: cancelled, with its reminders.</summary>
public sealed class CancelMeetingCommand(BplDbContext db, ReminderScheduler reminders, IOptions<ReminderOptions> options)
    : MeetingCommandBase(db, reminders, options)
{
    public override CommandName Name => CommandName.CancelMeeting;

    protected override async Task RunAsync(CommandContext context, CancellationToken ct)
    {
        if (await FindAsync(context, context.Argument.Trim(), ct) is not { } meeting) return;
        meeting.Cancel();
        await SaveAndScheduleAsync(meeting, context.Language, ct);
        await context.ReplyAsync(context.Pick($"Inställd: {Describe(meeting, context.Language)}. Påminnelserna för den är borttagna.",
            $"Cancelled: {Describe(meeting, context.Language)}. Its reminders are removed."), ct);
    }
}
