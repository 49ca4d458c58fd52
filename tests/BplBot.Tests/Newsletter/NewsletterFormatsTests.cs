using BplBot.Data;
using BplBot.Newsletter;
using BplBot.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BplBot.Tests.Newsletter;

/// <summary>The draft in Word, HTML and Markdown, built from the demo network with three teams' check-ins.</summary>
public abstract class NewsletterFormatsTests(DatabaseProvider provider) : ProviderTests(provider)
{
    private const string Hostile = "<script>alert('x')</script> **fet** [länk](http://evil.example) <b>html</b>";

    private static async Task<NewsletterDraft> BuildAsync(BotApplication app)
    {
        var meeting = app.Meeting9();
        app.ClearReportsFor(meeting.Id);
        app.AddCheckIn("nassjo", 3.5m, "Fler hembesök görs tillsammans");
        app.AddCheckIn("vetlanda", 2.5m, Hostile, tested: Hostile, support: "Hjälp med styrdiagram");
        app.AddCheckIn("mullsjo", 4.0m, "Enkäten är klar");
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<NewsletterBuilder>().BuildAsync(meeting.Id, CancellationToken.None);
    }

    [Fact]
    public async Task Docx_HasTheSections_EachReportingTeamsFigures_TheMissingTeams_AndPicturesWithAltText()
    {
        await using var app = new BotApplication(Provider);
        var draft = await BuildAsync(app);
        var (paragraphs, alts, tables) = NewsletterKit.Docx(draft.Docx);

        string[] Headings(string style) => paragraphs.Where(p => p.Style == style).Select(p => p.Text).ToArray();
        Assert.Equal(["Bästa platsen att växa upp, leva och bo på"], Headings("Heading1"));
        Assert.Equal(["Nätverket i siffror", "Teamen", "Team som inte rapporterade den här gången", "Nästa träff", "Vill du veta mer? Hör av dig till"], Headings("Heading2"));
        Assert.Equal(["Allaktivitetshus (Vetlanda)", "Familjecentralen i Mullsjö (Mullsjö)", "Stärkt föräldraskapsstöd i Nässjö (Nässjö)"], Headings("Heading3"));
        Assert.Contains(paragraphs, p => p.Text.Contains("sågs vi i det lärande nätverket för nionde gången", StringComparison.Ordinal));
        Assert.Contains(paragraphs, p => p.Text == "3 av 7 team rapporterade inför träffen.");
        Assert.Contains(paragraphs, p => p.Text.StartsWith("Medianen för teamens självskattning är 3,5", StringComparison.Ordinal));
        Assert.Contains(paragraphs, p => p.Text.Contains("67 % av teamen skattar sig till 3,0 eller mer, 33 % till 4,0", StringComparison.Ordinal));
        Assert.Contains(paragraphs, p => p.Text == "Skattning: 3,5 – Förbättring (förra gången 3,0). Fler hembesök görs tillsammans");
        Assert.Contains(paragraphs, p => p.Text == "Vill ha stöd med: Hjälp med styrdiagram");
        // The distribution table by half step: 2,5, 3,5 and 4,0 have one team each.
        Assert.Contains("2,5Förändringar testas, ingen förbättring ännu1", tables[0]);
        Assert.Contains("3,5Förbättring1", tables[0]);
        Assert.Contains("5,0Enastående hållbara resultat0", tables[0]);
        // Teams that did not report are listed, not invented.
        var missing = paragraphs.SkipWhile(p => p.Text != "Team som inte rapporterade den här gången").Skip(1).TakeWhile(p => p.Style == "ListParagraph").Select(p => p.Text).ToList();
        Assert.Equal(["Arena för hälsa – barn och unga med obesitas (Värnamo)", "Jämlikt föräldraskapsstöd (Hela länet)",
            "Närvaro – var & när – vara nära (Jönköping)", "Tillsammans för ökad hälsa (Värnamo)"], missing);
        // Pictures: the distribution and the run charts, each described.
        Assert.True(alts.Count >= 3);
        Assert.All(alts, a => Assert.True(a.Length > 20, a));
        Assert.Contains(alts, a => a.StartsWith("Stapeldiagram över teamens självskattning", StringComparison.Ordinal));
        Assert.Contains(alts, a => a.StartsWith("Styrdiagram för Besök per vecka: 14 värden", StringComparison.Ordinal));
        Assert.Contains(paragraphs, p => p.Text.StartsWith("Teamen ses igen i ", StringComparison.Ordinal));
        // User text stays text: the script tag is a literal run, not markup.
        Assert.Contains(paragraphs, p => p.Text.Contains(Hostile, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Html_IsAccessible_HeadingsInOrder_AltTexts_TableHeaders_AndUserTextEscaped()
    {
        await using var app = new BotApplication(Provider);
        var draft = await BuildAsync(app);
        var html = NewsletterKit.Html(draft.Html);

        Assert.Equal("sv", html.DocumentElement.GetAttribute("lang"));
        var levels = html.QuerySelectorAll("h1, h2, h3, h4").Select(h => int.Parse(h.TagName[1..], System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(1, levels[0]);
        Assert.Equal(1, levels.Count(l => l == 1));
        for (var i = 1; i < levels.Count; i++) Assert.True(levels[i] <= levels[i - 1] + 1, $"heading level jumps from h{levels[i - 1]} to h{levels[i]}");
        var images = html.QuerySelectorAll("img").ToList();
        Assert.True(images.Count >= 3);
        Assert.All(images, img => Assert.False(string.IsNullOrWhiteSpace(img.GetAttribute("alt"))));
        Assert.All(images, img => Assert.StartsWith("data:image/png;base64,", img.GetAttribute("src"), StringComparison.Ordinal));
        foreach (var table in html.QuerySelectorAll("table"))
        {
            var headers = table.QuerySelectorAll("thead th").ToList();
            Assert.NotEmpty(headers);
            Assert.All(headers, th => Assert.Equal("col", th.GetAttribute("scope")));
        }
        Assert.Empty(html.QuerySelectorAll("script"));
        Assert.Empty(html.QuerySelectorAll("main b"));
        Assert.Empty(html.QuerySelectorAll("a[href^='http://evil']"));
        Assert.Contains(Hostile, html.Body!.TextContent, StringComparison.Ordinal);
        Assert.Contains("3 av 7 team rapporterade inför träffen.", html.Body.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Markdown_HasTheSections_AndEscapesUserText()
    {
        await using var app = new BotApplication(Provider);
        var md = (await BuildAsync(app)).Markdown;

        Assert.StartsWith("# Bästa platsen att växa upp, leva och bo på", md, StringComparison.Ordinal);
        Assert.Contains("### Allaktivitetshus (Vetlanda)", md, StringComparison.Ordinal);
        Assert.Contains("## Team som inte rapporterade den här gången", md, StringComparison.Ordinal);
        Assert.Contains("| 3,5 | Förbättring | 1 |", md, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", md, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>", md, StringComparison.Ordinal);
        Assert.DoesNotContain("**fet**", md, StringComparison.Ordinal);
        Assert.DoesNotContain("[länk](", md, StringComparison.Ordinal);
        Assert.Contains(@"&lt;script&gt;alert('x')&lt;/script&gt; \*\*fet\*\* \[länk\](http://evil.example)", md, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SmallCounts_AreShownAsBelowTheThreshold_AndTheirChartsLeftOut()
    {
        await using var app = new BotApplication(Provider);
        // A month with 3 survey answers in Mullsjö, below the demo network's threshold of 5.
        app.WithDb(db =>
        {
            var measure = db.Measures.Include(m => m.Values).Single(m => m.Key == "enkatsvar");
            measure.Record(measure.Values.Min(v => v.Date).AddMonths(-1), 3, DateTimeOffset.UtcNow);
            return db.SaveChanges();
        });
        var draft = await BuildAsync(app);
        var (paragraphs, alts, _) = NewsletterKit.Docx(draft.Docx);

        Assert.Contains(paragraphs, p => p.Text.StartsWith("Inget diagram för Svar på föräldraenkäten: måttet har värden under 5", StringComparison.Ordinal));
        Assert.DoesNotContain(alts, a => a.Contains("Svar på föräldraenkäten", StringComparison.Ordinal));
    }
}

public sealed class NewsletterFormatsTestsOnSqlite() : NewsletterFormatsTests(DatabaseProvider.Sqlite);

public sealed class NewsletterFormatsTestsOnPostgreSql() : NewsletterFormatsTests(DatabaseProvider.PostgreSql);
