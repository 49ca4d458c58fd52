using BplBot.Audit;
using BplBot.Cards;
using BplBot.Conversations.Commands;
using BplBot.Domain.Audit;
using BplBot.Domain.Commands;
using BplBot.Domain.Text;
using BplBot.Retention;
using BplBot.Text;
using Microsoft.Extensions.Options;

namespace BplBot.Privacy;

/// <summary>
/// <c>mina data</c> / <c>my data</c>: a short card of what the bot holds about the asker, with a signed link (valid for
/// <c>Privacy:LinkLifetime</c>) to a JSON file of all of it, and a button to erase it.
/// </summary>
public sealed class MyDataCommand(PersonalDataReader reader, PrivacyLinks links, AuditTrail audit, IOptions<RetentionOptions> retention) : ICommandHandler
{
    public CommandName Name => CommandName.MyData;

    public async Task HandleAsync(CommandContext context, CancellationToken ct)
    {
        var l = context.Language;
        if (context.Person is not { } person || await reader.ReadAsync(person.Id, ct) is not { } data)
        {
            var days = (int)retention.Value.UnknownAccounts.TotalDays;
            await context.ReplyAsync(l.Pick(
                $"Du finns inte med i nätverket, så jag har inga uppgifter om dig som person: bara ditt Teams-konto och vår chatt, så att jag kan svara dig. De raderas av sig själva {days} dagar efter ditt senaste meddelande.",
                $"You are not in the network, so I hold no data about you as a person: only your Teams account and our chat, so that I can answer you. They are deleted by themselves {days} days after your last message."), ct);
            return;
        }
        await audit.RecordAsync(AuditAction.PersonalDataShown, AuditActor.Person, person.Id, person.Id, ct: ct);
        await context.ReplyAsync(Card(data, links.ForPerson(person.Id), Durations.Describe(links.Lifetime, l), l), ct);
    }

    private static AdaptiveCard Card(PersonalData d, string url, string lifetime, Language l)
    {
        var roles = d.Profile.Roles.Count == 0 ? l.Pick("inga", "none")
            : string.Join(", ", d.Profile.Roles.Select(r => RoleText(r, l)));
        var facts = new List<Fact>
        {
            new(l.Pick("Namn", "Name"), d.Profile.Name),
            new(l.Pick("E-post", "E-mail"), d.Profile.Email),
            new(l.Pick("Ditt id i Microsoft 365", "Your Microsoft 365 id"), d.Profile.AadObjectId ?? l.Pick("inte kopplat än", "not linked yet")),
            new(l.Pick("Roller", "Roles"), roles),
            new(l.Pick("Rapporter du skrivit", "Reports you wrote"), d.CheckIns.Count.ToString(l.Culture())),
            new(l.Pick("Skattningar du gjort som coach", "Ratings you made as a coach"), d.CoachRatings.Count.ToString(l.Culture())),
            new(l.Pick("Önskemål om stöd från dig", "Requests for help from you"), d.SupportRequests.Count.ToString(l.Culture())),
            new(l.Pick("Påminnelser och utskick till dig", "Reminders and notices sent to you"), d.MessagesToYou.Count.ToString(l.Culture())),
            new(l.Pick("Chattar med mig", "Chats with me"), d.Conversations.Count.ToString(l.Culture())),
            new(l.Pick("Teams-konton", "Teams accounts"), d.TeamsAccounts.Count.ToString(l.Culture())),
        };
        var title = l.Pick("Dina uppgifter hos BplBot", "Your data in BplBot");
        return new AdaptiveCard(
            [
                TextBlock.Heading(title),
                // The file is behind the first button: name it, so "the file" is not a file the reader has not met.
                new TextBlock(l.Pick("Det här har jag om dig. Med **Hämta allt** får du en fil med allt: din profil, dina Teams-konton och chattar med mig, det du har rapporterat, meddelanden jag har skickat till dig och loggens rader om dig. Inget om någon annan finns med.",
                    "This is what I hold about you. **Download all of it** gives you a file with everything: your profile, your Teams accounts and chats with me, what you reported, messages I sent you and the log's lines about you. Nothing about anyone else is in it.")),
                new FactSet(facts),
                TextBlock.Subtle(l.Pick($"Länken till filen gäller i {lifetime}. Dela den inte: den som har länken kan öppna filen. Skriv **mina data** för en ny länk.",
                    $"The link to the file works for {lifetime}. Don't share it: whoever has the link can open the file. Write **my data** for a new link.")),
            ],
            [
                new OpenUrlAction(l.Pick("Hämta allt (JSON)", "Download all of it (JSON)"), url),
                new SubmitAction(l.Pick("Radera mina uppgifter …", "Delete my data …"), CardSubmission.CommandData(l.Pick("radera mina data", "delete my data"), l)),
            ])
        {
            FallbackText = title,
        };
    }

    private static string RoleText(PersonalRole r, Language l) => r.Role switch
    {
        "Coordinator" => l.Pick("samordnare", "coordinator"),
        "Coach" => l.Pick($"coach för {r.Team}", $"coach for {r.Team}"),
        _ => l.Pick($"medlem i {r.Team}", $"member of {r.Team}"),
    };
}
