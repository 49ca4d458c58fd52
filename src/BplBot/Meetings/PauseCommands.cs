using BplBot.Text;
using System.Globalization;
using BplBot.CheckIn;
using BplBot.Conversations.Commands;
using BplBot.Data;
using BplBot.Domain.Commands;
using Microsoft.EntityFrameworkCore;

namespace BplBot.Meetings;

/// <summary><c>pausa påminnelser till 2027-01-10</c>: no meeting reminders for this person until then (inclusive).</summary>
public sealed class PauseRemindersCommand(BplDbContext db) : ICommandHandler
{
    public CommandName Name => CommandName.PauseReminders;

    public async Task HandleAsync(CommandContext context, CancellationToken ct)
    {
        var words = context.Argument.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var date = words.LastOrDefault();
        if (context.Person is null || date is null
            || !DateOnly.TryParseExact(date, ["yyyy-MM-dd", "yyyy-M-d"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var until))
        {
            await context.ReplyAsync(context.Person is null
                ? context.Pick("Du får inga påminnelser: du är inte med i nätverket.", "You get no reminders: you are not in the network.")
                : context.Pick("Skriv t.ex. **pausa påminnelser till 2027-01-10**.", "Write e.g. **pausa påminnelser till 2027-01-10**."), ct);
            return;
        }
        var person = await db.People.SingleAsync(p => p.Id == context.Person.Id, ct);
        person.PauseReminders(until);
        await db.SaveChangesAsync(ct);
        await context.ReplyAsync(context.Pick($"Du får inga påminnelser till och med {Formats.Date(until, context.Language)}. Skriv **återuppta påminnelser** för att få dem igen.",
            $"You get no reminders up to and including {Formats.Date(until, context.Language)}. Write **resume reminders** to get them again."), ct);
    }
}

/// <summary><c>återuppta påminnelser</c>.</summary>
public sealed class ResumeRemindersCommand(BplDbContext db) : ICommandHandler
{
    public CommandName Name => CommandName.ResumeReminders;

    public async Task HandleAsync(CommandContext context, CancellationToken ct)
    {
        if (context.Person is null)
        {
            await context.ReplyAsync(context.Pick("Du är inte med i nätverket.", "You are not in the network."), ct);
            return;
        }
        var person = await db.People.SingleAsync(p => p.Id == context.Person.Id, ct);
        person.ResumeReminders();
        await db.SaveChangesAsync(ct);
        await context.ReplyAsync(context.Pick("Påminnelserna är på igen.", "Reminders are on again."), ct);
    }
}
