using BplBot.Conversations.Commands;
using BplBot.Data;
using BplBot.Domain.CheckIn;
using BplBot.Domain.Commands;
using BplBot.Domain.Network;
using BplBot.Domain.Rating;
using BplBot.Roster;

namespace BplBot.Status;

/// <summary><c>skatta &lt;team&gt; &lt;score&gt; &lt;reason&gt;</c>: a coach's own rating of a team they coach.</summary>
public sealed class CoachRatingCommand(NetworkDirectory directory, ImprovementScale scale, BplDbContext db, TimeProvider time) : ICommandHandler
{
    public CommandName Name => CommandName.CoachRating;

    public async Task HandleAsync(CommandContext context, CancellationToken ct)
    {
        // Who may rate is decided before anything they typed is parsed: a stranger's input never reaches the parsers (F9).
        if (context.Person is not { } coach || !coach.CoachOf.Any())
        {
            await context.ReplyAsync(context.Pick("Bara ett teams coacher kan skatta teamet.", "Only a team's coaches can rate the team."), ct);
            return;
        }
        var words = context.Argument.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var at = Array.FindIndex(words, w => scale.Parse(w) is not RatingParse.NotANumber);
        if (at < 1)
        {
            await context.ReplyAsync(context.Pick("Skriv **skatta <team> <skattning> <varför>**, t.ex. *skatta Nässjö 3,5 Måtten rör sig*.",
                "Write **rate <team> <score> <why>**, e.g. *rate Nässjö 3.5 The measures are moving*."), ct);
            return;
        }
        var match = TeamLookup.Find(string.Join(' ', words[..at]), await directory.TeamsAsync(ct));
        if (!match.IsUnique)
        {
            await context.ReplyAsync(TeamReplies.NoSingleMatch(context.Language, match), ct);
            return;
        }
        if (!coach.IsCoachOf(match.Team.Id))
        {
            await context.ReplyAsync(context.Pick($"Bara {match.Team.ShortName}s coacher kan skatta teamet.", $"Only {match.Team.ShortName}'s coaches can rate the team."), ct);
            return;
        }
        if (scale.Parse(words[at]) is not RatingParse.Valid valid)
        {
            await context.ReplyAsync(context.Pick("Skattningen ska vara ett steg på skalan:\n\n", "The rating must be a step on the scale:\n\n") + scale.ListSteps(context.Language), ct);
            return;
        }
        var check = FreeText.Check(string.Join(' ', words[(at + 1)..]), FreeTextLimits.Reason);
        if (check is not FreeTextCheck.Ok reason)
        {
            await context.ReplyAsync(check is FreeTextCheck.Empty
                ? context.Pick("Lägg till en kort motivering efter skattningen.", "Add a short reason after the score.")
                : FreeText.Describe(check, context.Language), ct);
            return;
        }
        db.CoachRatings.Add(new CoachRating(match.Team.Id, coach.Id, valid.Score, reason.Text, time.GetUtcNow()));
        await db.SaveChangesAsync(ct);
        await context.ReplyAsync(context.Pick(
            $"Din skattning av {match.Team.ShortName} är sparad: {ImprovementScale.Format(valid.Score, context.Language)} – {scale.Find(valid.Score)!.Label}. Den visas separat från teamets egen skattning.",
            $"Your rating of {match.Team.ShortName} is saved: {ImprovementScale.Format(valid.Score, context.Language)} – {scale.Find(valid.Score)!.EnglishLabel}. It is shown apart from the team's own."), ct);
    }
}
