using System.Globalization;
using System.Text.Json.Nodes;
using BplBot.Cards;
using BplBot.CheckIn;
using BplBot.Domain.Network;
using BplBot.Domain.Newsletter;
using BplBot.Domain.Text;
using BplBot.Domain.Time;
using BplBot.Text;

namespace BplBot.Newsletter;

/// <summary>The card that tells a coordinator a draft is ready: the overview, and links to the Word and HTML files.</summary>
public sealed class NewsletterCard(NewsletterLinks links)
{
    public AdaptiveCard Build(NewsletterDraft draft, Meeting meeting, Language l)
    {
        var culture = l.Culture();
        var day = Stockholm.Today(meeting.StartsAt).ToString("d MMMM yyyy", culture);
        var facts = new List<Fact>
        {
            new(l.Pick("Rapporterade", "Reported"), l.Pick($"{draft.TeamsReported} av {draft.TeamsInNetwork} team", $"{draft.TeamsReported} of {draft.TeamsInNetwork} teams")),
        };
        if (draft.Median is { } median)
        {
            var before = draft.PreviousMedian is { } p ? l.Pick($" (förra gången {Rating(p, l)})", $" (last time {Rating(p, l)})") : string.Empty;
            facts.Add(new(l.Pick("Median, självskattning", "Median self-rating"), Rating(median, l) + before));
            facts.Add(new(l.Pick("Team på 3,0 eller mer", "Teams at 3.0 or more"), Share(draft.ShareAtLeast3)));
            facts.Add(new(l.Pick("Team på 4,0 eller mer", "Teams at 4.0 or more"), Share(draft.ShareAtLeast4)));
        }
        var built = Stockholm.ToLocal(draft.CreatedAt);
        facts.Add(new(l.Pick("Version", "Version"), $"{draft.Version} ({built.ToString("d MMM", culture)} {Formats.Time(TimeOnly.FromDateTime(built), l)})"));
        var title = l.Pick($"Utkast till nyhetsbrev – träff {meeting.Ordinal}, {day}", $"Newsletter draft – meeting {meeting.Ordinal}, {day}");
        return new AdaptiveCard(
            [
                TextBlock.Heading(title),
                new TextBlock(l.Pick("Utkastet bygger på teamens rapporter för perioden. Skriv inledningen och justera texten i Word innan det skickas.",
                    "The draft is compiled from the teams' reports for the period. Write the introduction and edit it in Word before it goes out.")),
                .. Ahead(draft, meeting, l),
                new FactSet(facts),
                TextBlock.Subtle(l.Pick("Länkarna gäller en begränsad tid. Skriv **nyhetsbrev** för nya.", "The links work for a limited time. Write **newsletter** for new ones.")),
            ],
            [
                new OpenUrlAction(l.Pick("Öppna i Word (.docx)", "Open in Word (.docx)"), links.Create(draft.Id, "docx")),
                new OpenUrlAction(l.Pick("Webbversion (.html)", "Web version (.html)"), links.Create(draft.Id, "html")),
                new SubmitAction(l.Pick("Bygg om", "Rebuild"), new JsonObject
                {
                    [CardSubmission.Marker] = CardSubmission.CommandKind, [CardSubmission.CommandField] = $"bygg nyhetsbrev träff {meeting.Ordinal}",
                }),
            ])
        {
            FallbackText = title,
        };
    }

    /// <summary>A draft built before its meeting says so, as the draft itself does at the top.</summary>
    private static IEnumerable<CardElement> Ahead(NewsletterDraft draft, Meeting meeting, Language l)
    {
        if (draft.CreatedAt >= meeting.StartsAt) yield break;
        yield return TextBlock.Attention(l.Pick("Träffen har inte ägt rum än: utkastet bygger på de rapporter som har kommit in hittills.",
            "The meeting has not been held yet: the draft is built from the reports that have come in so far."));
    }

    /// <summary>"3,5"; a median between two steps keeps its second decimal ("2,75"), as the draft writes it.</summary>
    private static string Rating(decimal score, Language l) =>
        score * 2 == decimal.Truncate(score * 2) ? Domain.Rating.ImprovementScale.Format(score, l) : Text.Formats.Number(score, l);

    private static string Share(double? share) => share is { } s ? NewsletterComposer.Share(s) : "–";
}
