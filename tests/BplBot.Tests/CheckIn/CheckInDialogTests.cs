using BplBot.Data;
using BplBot.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static BplBot.Tests.Infrastructure.TeamsActivities;

namespace BplBot.Tests.CheckIn;

/// <summary>The text check-in, driven through the real endpoint with Teams activities, checked in what the member sees and the database holds.</summary>
public abstract class CheckInDialogTests(DatabaseProvider provider) : ProviderTests(provider)
{
    [Fact]
    public async Task CheckIn_ThroughEveryStep_SavesRatingMeasuresAndPgsa()
    {
        await using var app = new BotApplication(Provider);
        app.AsFatima();

        var intro = await app.SayAsync("rapportera");
        Assert.Contains("Då rapporterar vi för **Nässjö**", intro, StringComparison.Ordinal);
        Assert.Contains("perioden fram till träff 9", intro, StringComparison.Ordinal);
        Assert.Contains("**3,5** – Förbättring", intro, StringComparison.Ordinal);

        Assert.Contains("varför", await app.SayAsync("3 och en halv"), StringComparison.Ordinal);
        var measure1 = await app.SayAsync("Fler hembesök görs tillsammans med kuratorn");
        Assert.Contains("Mått 1 av 2: Gemensamma hembesök", measure1, StringComparison.Ordinal);
        Assert.DoesNotContain("antal", measure1, StringComparison.OrdinalIgnoreCase); // a count is told by its noun
        Assert.Contains("Senast:", measure1, StringComparison.Ordinal);
        Assert.Contains("Mått 2 av 2", await app.SayAsync("14 st"), StringComparison.Ordinal);
        Assert.Contains("vad testade ni", await app.SayAsync("30,5 %"), StringComparison.Ordinal);
        Assert.Contains("Vad lärde ni er", await app.SayAsync("Hembesök på tisdagar"), StringComparison.Ordinal);
        Assert.Contains("härnäst", await app.SayAsync("hoppa över"), StringComparison.Ordinal);
        Assert.Contains("Vill ni ha stöd", await app.SayAsync("Fortsätta med tisdagarna"), StringComparison.Ordinal);
        var summary = await app.SayAsync("nej");
        Assert.Contains("Sammanfattning – Nässjö", summary, StringComparison.Ordinal);
        Assert.Contains("3,5 (Förbättring)", summary, StringComparison.Ordinal);
        Assert.Contains("30,5 %", summary, StringComparison.Ordinal);

        var saved = await app.SayAsync("spara");
        Assert.Contains("Tack! Rapporten för **Nässjö** är sparad", saved, StringComparison.Ordinal);

        var checkIn = Assert.Single(app.CheckInsMade());
        Assert.Equal(3.5m, checkIn.Rating);
        Assert.Equal("Fler hembesök görs tillsammans med kuratorn", checkIn.RatingReason);
        Assert.Equal("Hembesök på tisdagar", checkIn.Tested);
        Assert.Equal(string.Empty, checkIn.Learned);
        Assert.False(checkIn.SupportRequested);
        Assert.Equal([14m, 30.5m], checkIn.Answers.OrderBy(a => a.MeasureId).Select(a => a.Value!.Value));
        Assert.NotNull(checkIn.PeriodMeetingId);
        var points = app.WithDb(db => db.MeasureValues.AsNoTracking().Where(v => v.CheckInId == checkIn.Id).Count());
        Assert.Equal(2, points);
        Assert.Empty(app.WithDb(db => db.DialogStates.AsNoTracking().ToList()));
    }

    [Theory]
    [InlineData("7", "7,0 finns inte på skalan")]
    [InlineData("3,2", "3,2 finns inte på skalan")]
    [InlineData("bra", "Jag förstod inte skattningen")]
    public async Task CheckIn_RatingOffScale_ListsTheStepsAndAsksAgain(string answer, string expected)
    {
        await using var app = new BotApplication(Provider);
        app.AsFatima();
        await app.SayAsync("rapportera");

        var reply = await app.SayAsync(answer);

        Assert.Contains(expected, reply, StringComparison.Ordinal);
        Assert.Contains("**0,5** – Avsikt att delta", reply, StringComparison.Ordinal);
        Assert.Contains("varför", await app.SayAsync("3"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task CheckIn_ValueFarFromHistory_AsksDidYouMean_AndYesTakesTheSuggestion()
    {
        await using var app = new BotApplication(Provider);
        app.AsFatima();
        await app.SayAsync("rapportera");
        await app.SayAsync("3");
        await app.SayAsync("Vi testar");

        var question = await app.SayAsync("140");
        Assert.Contains("**Menade du 14 hembesök?**", question, StringComparison.Ordinal);
        Assert.Contains("Mått 2 av 2", await app.SayAsync("ja"), StringComparison.Ordinal);

        await app.ThroughMeasuresAsync("hoppa över", "hoppa över", "hoppa över", "hoppa över", "nej");
        await app.SayAsync("spara");
        var answers = Assert.Single(app.CheckInsMade()).Answers.OrderBy(a => a.MeasureId).ToList();
        Assert.Equal(14m, answers[0].Value);
        Assert.Null(answers[1].Value);
    }

    [Theory]
    [InlineData("abc", "Jag kunde inte läsa det som ett tal")]
    [InlineData("12,5", "Det ska vara ett helt tal, 0 eller mer. Skriv hur många hembesök det blev, till exempel 14.")]
    [InlineData("-3", "Det ska vara ett helt tal, 0 eller mer.")]
    [InlineData("40 %", "Skriv hur många hembesök det blev, inte %.")]
    public async Task CheckIn_BadMeasureValue_NamesTheProblem_AndKeepsTheStep(string answer, string expected)
    {
        await using var app = new BotApplication(Provider);
        app.AsFatima();
        await app.SayAsync("rapportera");
        await app.SayAsync("3");
        await app.SayAsync("Vi testar");

        var reply = await app.SayAsync(answer);

        Assert.Contains(expected, reply, StringComparison.Ordinal);
        Assert.Contains("Mått 1 av 2", reply, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CheckIn_PercentageAsNumeratorOverDenominator_IsComputed()
    {
        await using var app = new BotApplication(Provider);
        app.AsFatima();
        await app.SayAsync("rapportera");
        await app.ThroughMeasuresAsync("3", "Vi testar", "14");
        Assert.Contains("Täljaren och nämnaren", await app.SayAsync("50/45"), StringComparison.Ordinal);
        var summary = await app.ThroughMeasuresAsync("14 av 45", "hoppa över", "hoppa över", "hoppa över", "nej");
        Assert.Contains("31,1 %", summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CheckIn_IdentityNumberInFreeText_IsRefused_AndNeverStored()
    {
        await using var app = new BotApplication(Provider);
        app.AsFatima();
        await app.SayAsync("rapportera");
        await app.SayAsync("3");

        var reply = await app.SayAsync("Barnet 19811218-9876 kom inte");

        Assert.Contains("ser ut som ett personnummer", reply, StringComparison.Ordinal);
        Assert.DoesNotContain("9876", reply, StringComparison.Ordinal);
        Assert.Contains("varför", reply, StringComparison.Ordinal);
        var stored = app.WithDb(db => db.DialogStates.AsNoTracking().Single().Data);
        Assert.DoesNotContain("9876", stored, StringComparison.Ordinal);
        await app.DisposeAsync();
        foreach (var file in Directory.GetFiles(app.Folder))
            Assert.DoesNotContain("811218", await File.ReadAllTextAsync(file), StringComparison.Ordinal);
    }

    [Fact]
    public async Task CheckIn_TooLongReason_SaysTheLimit()
    {
        await using var app = new BotApplication(Provider);
        app.AsFatima();
        await app.SayAsync("rapportera");
        await app.SayAsync("3");

        var reply = await app.SayAsync(new string('a', 301));

        Assert.Contains("Texten är 301 tecken, men högst 300 får plats", reply, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CheckIn_CancelAtAnyStep_SavesNothing()
    {
        await using var app = new BotApplication(Provider);
        app.AsFatima();
        await app.SayAsync("rapportera");
        await app.ThroughMeasuresAsync("3", "Vi testar", "14");

        Assert.Contains("Inget sparades", await app.SayAsync("avbryt"), StringComparison.Ordinal);
        Assert.Empty(app.CheckInsMade());
        Assert.Empty(app.WithDb(db => db.DialogStates.AsNoTracking().ToList()));
        Assert.Contains("känner jag inte igen", await app.SayAsync("3"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task CheckIn_HelpInsideTheDialog_ExplainsAndAsksTheSameQuestion()
    {
        await using var app = new BotApplication(Provider);
        app.AsFatima();
        await app.SayAsync("rapportera");

        var help = await app.SayAsync("hjälp");

        Assert.Contains("Skattningen visar hur långt", help, StringComparison.Ordinal);
        Assert.Contains("**avbryt**", help, StringComparison.Ordinal);
        Assert.Contains("Hur långt har ni kommit", help, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CheckIn_InEnglish_WhenTeamsRunsInEnglish()
    {
        await using var app = new BotApplication(Provider);
        app.AsFatima();

        var intro = await app.SayAsync("report", "en-US");
        Assert.Contains("Let's report for **Nässjö**", intro, StringComparison.Ordinal);
        Assert.Contains("**3.5** – Improvement", intro, StringComparison.Ordinal);
        Assert.Contains("Measure 1 of 2", await app.SayAsync("3.5", "en-US") + await app.SayAsync("Going well", "en-US"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task CheckIn_SeveralTeams_AsksWhichTeamFirst()
    {
        await using var app = new BotApplication(Provider);
        app.AsMikael();

        var question = await app.SayAsync("rapportera");
        Assert.Contains("Vilket team", question, StringComparison.Ordinal);
        Assert.Contains("1. Länet", question, StringComparison.Ordinal);
        Assert.Contains("2. Nässjö", question, StringComparison.Ordinal);

        Assert.Contains("Svara med ett nummer från 1 till 2", await app.SayAsync("7"), StringComparison.Ordinal);
        Assert.Contains("Då rapporterar vi för **Länet**", await app.SayAsync("1"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task CheckIn_ByNoMember_IsPolitelyRefused()
    {
        await using var app = new BotApplication(Provider);

        var reply = await app.SayAsync("rapportera");

        Assert.Contains("inte med i något förbättringsteam", reply, StringComparison.Ordinal);
        Assert.Contains("demo medlem", reply, StringComparison.Ordinal);
        Assert.Empty(app.WithDb(db => db.DialogStates.AsNoTracking().ToList()));
    }

    [Fact]
    public async Task Help_ForAMember_ListsTheCheckIn_AndATypoIsCorrected()
    {
        await using var app = new BotApplication(Provider);
        app.AsFatima();

        Assert.Contains("**rapportera**", await app.SayAsync("hjälp"), StringComparison.Ordinal);
        Assert.Contains("Menade du **rapportera**?", await app.SayAsync("raportera"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task CheckIn_IdentityNumberInAPgsaAnswer_IsAbsentFromDatabaseAndLogs()
    {
        await using var app = new BotApplication(Provider);
        app.AsFatima();
        await app.SayAsync("rapportera");
        await app.ThroughMeasuresAsync("3", "Vi testar", "14", "30");

        var reply = await app.SayAsync("Vi ringde 811218-9876 och frågade");
        Assert.Contains("ser ut som ett personnummer", reply, StringComparison.Ordinal);
        Assert.Contains("vad testade ni", reply, StringComparison.Ordinal);
        await app.ThroughMeasuresAsync("Vi ringde föräldrarna", "hoppa över", "hoppa över", "nej", "spara");

        Assert.Equal("Vi ringde föräldrarna", Assert.Single(app.CheckInsMade()).Tested);
        Assert.NotEmpty(app.Logs.Lines);
        Assert.DoesNotContain("811218", app.Logs.All, StringComparison.Ordinal);
        Assert.DoesNotContain("Vi ringde", app.Logs.All, StringComparison.Ordinal);
        await app.DisposeAsync();
        foreach (var file in Directory.GetFiles(app.Folder))
            Assert.DoesNotContain("811218", await File.ReadAllTextAsync(file), StringComparison.Ordinal);
    }

    [Fact]
    public async Task CheckIn_NewMeasure_IsDefinedInTheDialog_AndSavedWithItsFirstValue()
    {
        await using var app = new BotApplication(Provider);
        app.AsFatima();
        await app.SayAsync("rapportera");
        await app.ThroughMeasuresAsync("3", "Vi testar");

        Assert.Contains("Vad heter måttet?", await app.SayAsync("nytt mått"), StringComparison.Ordinal);
        Assert.Contains("Vilken **enhet**?", await app.SayAsync("Föräldrar i föräldragrupp"), StringComparison.Ordinal);
        Assert.Contains("Vilken sorts mått?", await app.SayAsync("antal"), StringComparison.Ordinal);
        Assert.Contains("Svara **1**, **2** eller **3**", await app.SayAsync("viktigt"), StringComparison.Ordinal);
        Assert.Contains("**upp** eller **ner**", await app.SayAsync("2"), StringComparison.Ordinal);
        Assert.Contains("Har måttet ett **mål**?", await app.SayAsync("upp"), StringComparison.Ordinal);
        var ask = await app.SayAsync("40");
        Assert.Contains("läggs till när du sparar", ask, StringComparison.Ordinal);
        Assert.Contains("Mått 1 av 3: Föräldrar i föräldragrupp", ask, StringComparison.Ordinal);
        Assert.Contains("Mått 2 av 3: Gemensamma hembesök", await app.SayAsync("12"), StringComparison.Ordinal);
        var summary = await app.ThroughMeasuresAsync("14", "30", "hoppa över", "hoppa över", "hoppa över", "nej");
        Assert.Contains("Nytt mått: Föräldrar i föräldragrupp", summary, StringComparison.Ordinal);
        await app.SayAsync("spara");

        var measure = app.WithDb(db => db.Measures.AsNoTracking().Include(m => m.Values).Single(m => m.Name == "Föräldrar i föräldragrupp"));
        Assert.Equal("antal", measure.Unit);
        Assert.Equal(BplBot.Domain.Measures.MeasureKind.Outcome, measure.Kind);
        Assert.True(measure.HigherIsBetter);
        Assert.Equal(40m, measure.GoalValue);
        Assert.Equal(12m, Assert.Single(measure.Values).Value);
        Assert.Equal("foraldrar-i-foraldragrupp", measure.Key);
    }
}

public sealed class CheckInDialogTestsOnSqlite() : CheckInDialogTests(DatabaseProvider.Sqlite);

public sealed class CheckInDialogTestsOnPostgreSql() : CheckInDialogTests(DatabaseProvider.PostgreSql);
