using BplBot.Conversations;
using BplBot.Domain.Privacy;
using BplBot.Tests.CheckIn;
using BplBot.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static BplBot.Tests.Infrastructure.TeamsActivities;

namespace BplBot.Tests.Privacy;

/// <summary>
/// <c>radera mina data</c> and <c>radera person</c>: the person's name, e-mail and AAD id are gone from the database
/// file (and its write-ahead log) and the logs; the team's reports stay, by "tidigare medlem"; the same Teams account
/// is a newcomer afterwards.
/// </summary>
public sealed class ErasureTests
{
    [Fact]
    public async Task DeleteMyData_ErasesTheMember_EverywhereInTheFileAndLogs_AndKeepsTheTeamsReport()
    {
        await using var app = new BotApplication();
        app.AsFatima();
        await app.CompleteCheckInAsync(rating: "4,5");
        await app.SayAsync("språk svenska");
        await app.SayAsync("pausa påminnelser till 2099-01-10");
        await app.SayAsync("rapportera"); // a dialog left open: its state is keyed by her AAD id
        var fatimaId = app.WithDb(db => db.People.Single(p => p.Email == PrivacyKit.FatimaEmail).Id);
        Assert.True(PrivacyKit.Holds(app.DatabaseFiles(), PrivacyKit.FatimaEmail)); // the scan finds what is there

        // Asked in the middle of the open check-in: the card comes, and the dialog asks its question again.
        var before = app.Connector.Sent.Count;
        await app.SayAsync("radera mina data");
        var confirm = app.CardsSince(before).First().Text();
        Assert.Contains("Radera dina uppgifter?", confirm, StringComparison.Ordinal);
        Assert.Contains("Det här raderas:", confirm, StringComparison.Ordinal);
        Assert.Contains("Det här raderas inte:", confirm, StringComparison.Ordinal);
        Assert.Contains("tidigare medlem", confirm, StringComparison.Ordinal);
        Assert.Contains("radera mina data bekräfta", confirm, StringComparison.Ordinal);
        Assert.DoesNotContain("nätverksfilen", confirm, StringComparison.Ordinal); // the demo network has no file

        var done = await app.PressAsync("radera mina data bekräfta");
        Assert.Contains("Klart. Jag har raderat", done, StringComparison.Ordinal);
        Assert.DoesNotContain("Skattning", done, StringComparison.Ordinal); // the erased dialog asks nothing again

        // The row that stays holds nothing of her; her accounts, chat, dialogs and messages are gone; the reports stay.
        var erased = app.WithDb(db => db.People.AsNoTracking().Single(p => p.Id == fatimaId));
        Assert.Equal(FormerMember.Swedish, erased.Name);
        Assert.Null(erased.AadObjectId);
        Assert.Null(erased.PreferredLanguage);
        Assert.Null(erased.RemindersPausedUntil);
        Assert.Empty(erased.Roles);
        Assert.NotNull(erased.ErasedAt);
        Assert.Equal(0, app.WithDb(db => db.TeamsUsers.Count()));
        Assert.Equal(0, app.WithDb(db => db.ConversationReferences.Count(c => c.ConversationType == "personal")));
        Assert.Equal(0, app.WithDb(db => db.DialogStates.Count()));
        Assert.Equal(0, app.WithDb(db => db.OutboxMessages.Count(m => m.PersonId == fatimaId)));
        var reports = app.WithDb(db => db.CheckIns.AsNoTracking().Where(c => c.PersonId == fatimaId).ToList());
        Assert.Equal(4, reports.Count); // three from the demo history and today's
        Assert.Contains(reports, r => r.Rating == 4.5m && r.RatingReason == "Fler hembesök görs tillsammans");

        // Nowhere in the file, its write-ahead log or the logs (secure_delete zeroes what was freed; the log was truncated).
        var files = app.DatabaseFiles();
        foreach (var secret in new[] { PrivacyKit.FatimaEmail, PrivacyKit.FatimaName, UserAad })
        {
            Assert.False(PrivacyKit.Holds(files, secret), $"the database files still hold {secret}");
            Assert.DoesNotContain(secret, app.Logs.All, StringComparison.OrdinalIgnoreCase);
        }

        // The same Teams account is a newcomer now.
        var who = await app.SayAsync("vem är jag");
        Assert.Contains("Du finns inte med i nätverket ännu", who, StringComparison.Ordinal);
        Assert.Equal(0, app.WithDb(db => db.People.AsNoTracking().Count(p => p.Email == PrivacyKit.FatimaEmail)));

        // A coordinator's status still shows the team's rating.
        await app.SayAsync("demo samordnare");
        before = app.Connector.Sent.Count;
        await app.SayAsync("status Nässjö");
        Assert.Contains("4,5", app.LastCard(before).Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task DeleteMyData_CancelledOnTheCard_TheCardSaysSo_AndNothingElseIsSent()
    {
        await using var app = new BotApplication();
        app.AsFatima();
        await app.SayAsync("radera mina data");
        var before = app.Connector.Calls.Count;
        await app.PressAsync("radera mina data avbryt");

        // One answer: the pressed card, updated in place, read-only; no text line beside it.
        var update = app.OnlyCardUpdateSince(before);
        var card = update.Json.GetProperty("attachments")[0].GetProperty("content");
        Assert.Equal(["Inget raderades", "Dina uppgifter finns kvar."], card.GetProperty("body").EnumerateArray().Select(b => b.GetProperty("text").GetString()));
        Assert.False(card.TryGetProperty("actions", out var actions) && actions.GetArrayLength() > 0);

        Assert.Equal(1, app.WithDb(db => db.People.Count(p => p.Email == PrivacyKit.FatimaEmail && p.ErasedAt == null)));
        Assert.Contains("medlem i Nässjö", await app.SayAsync("vem är jag"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task DeleteMyData_Cancelled_WhereNoCardCanBeUpdated_SaysItInOneTextLine()
    {
        await using var app = new BotApplication();
        app.AsFatima();
        await app.SayAsync("radera mina data");

        // Typed, not pressed: there is no card to update.
        var typed = app.Connector.Calls.Count;
        Assert.Equal("Okej, jag raderar ingenting. Dina uppgifter finns kvar.", await app.SayAsync("radera mina data avbryt"));
        Assert.DoesNotContain(app.Connector.Calls.Skip(typed), c => c.Method == HttpMethod.Put);

        // Pressed, but Teams refuses the update (the message is gone): the text line alone.
        app.Connector.Respond = c => c.Method == HttpMethod.Put ? FakeConnector.Json(System.Net.HttpStatusCode.NotFound, """{"error":{"code":"NotFound"}}""") : null;
        Assert.Equal("Okej, jag raderar ingenting. Dina uppgifter finns kvar.", await app.PressAsync("radera mina data avbryt"));
        Assert.Equal(1, app.WithDb(db => db.People.Count(p => p.Email == PrivacyKit.FatimaEmail && p.ErasedAt == null)));
    }

    [Fact]
    public async Task CoordinatorCancelsAnErasure_TheCardSaysWhoseDataIsKept_AndNothingElseIsSent()
    {
        await using var app = new BotApplication();
        await app.SayAsync("demo samordnare");
        await app.SayAsync("radera person mikael.strand@example.se");
        var before = app.Connector.Calls.Count;
        await app.PressAsync("radera person mikael.strand@example.se avbryt");

        var update = app.OnlyCardUpdateSince(before);
        Assert.Contains("Uppgifterna om mikael.strand@example.se finns kvar.", update.Body, StringComparison.Ordinal);
        Assert.Equal(1, app.WithDb(db => db.People.Count(p => p.Email == "mikael.strand@example.se" && p.ErasedAt == null)));
    }

    [Fact]
    public async Task CoordinatorErasesSomeoneWhoLeft_AfterConfirming_AndItIsInTheLog()
    {
        await using var app = new BotApplication();
        await app.SayAsync("demo samordnare"); // Alex, whom the connector does not know: a demo address
        var mikael = app.WithDb(db => db.People.AsNoTracking().Single(p => p.Email == "mikael.strand@example.se"));
        // A digest to another coordinator that names him (people the bot can no longer reach), waiting in the outbox.
        var maja = app.WithDb(db => db.People.Single(p => p.Email == "maja.lindqvist@example.se").Id);
        app.WithDb(db =>
        {
            db.OutboxMessages.Add(new BplBot.Outbox.OutboxMessage("digest:2027-W03", BplBot.Outbox.OutboxRecipient.Person(maja),
                "Når inte: Mikael Strand (mikael.strand@example.se)", """{"body":[{"type":"TextBlock","text":"Mikael Strand"}]}""", DateTimeOffset.UtcNow));
            return db.SaveChanges();
        });

        var before = app.Connector.Sent.Count;
        await app.SayAsync("radera person mikael.strand@example.se");
        var card = app.LastCard(before).Text();
        Assert.Contains("Radera uppgifterna om Mikael Strand (mikael.strand@example.se)?", card, StringComparison.Ordinal);
        Assert.Contains("radera person mikael.strand@example.se bekräfta", card, StringComparison.Ordinal);
        Assert.Equal(1, app.WithDb(db => db.People.Count(p => p.Id == mikael.Id && p.ErasedAt == null))); // nothing yet

        var done = await app.PressAsync("radera person mikael.strand@example.se bekräfta");
        Assert.Contains("Uppgifterna om mikael.strand@example.se är raderade", done, StringComparison.Ordinal);
        var erased = app.WithDb(db => db.People.AsNoTracking().Single(p => p.Id == mikael.Id));
        Assert.True(erased.IsErased);
        Assert.Empty(erased.Roles);
        var files = app.DatabaseFiles();
        Assert.False(PrivacyKit.Holds(files, "mikael.strand@example.se"));
        Assert.False(PrivacyKit.Holds(files, "Mikael Strand"));
        var digest = app.WithDb(db => db.OutboxMessages.AsNoTracking().Single(m => m.Occasion == "digest:2027-W03"));
        Assert.Equal("Når inte: tidigare medlem (–)", digest.Text);
        Assert.Equal("""{"body":[{"type":"TextBlock","text":"tidigare medlem"}]}""", digest.CardJson);

        var log = await app.SayAsync("logg");
        Assert.Contains("Alex Wilber raderade uppgifterna om en tidigare medlem", log, StringComparison.Ordinal);
        Assert.DoesNotContain("Mikael", log, StringComparison.Ordinal);
        // Erasing again finds nobody: an erasure runs once.
        Assert.Contains("Ingen i nätverket har adressen", await app.SayAsync("radera person mikael.strand@example.se bekräfta"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task DeletePerson_IsForCoordinatorsOnly()
    {
        await using var app = new BotApplication();
        app.AsFatima();
        var answer = await app.SayAsync("radera person mikael.strand@example.se bekräfta");
        Assert.Contains("är till för nätverkets samordnare", answer, StringComparison.Ordinal);
        Assert.Equal(0, app.WithDb(db => db.People.Count(p => p.ErasedAt != null)));
    }
}
