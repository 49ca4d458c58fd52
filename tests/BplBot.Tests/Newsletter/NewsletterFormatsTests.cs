using BplBot.Data;
using BplBot.Newsletter;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using W = DocumentFormat.OpenXml.Wordprocessing;
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

    private static readonly string[] RuleWords = ["skift", "trend", "serier", "avvikande", "signal", "styrdiagram", "åt det håll ni vill"];

    [Fact]
    public async Task Docx_HasOneProseParagraphPerReportingTeam_WithItsReason_AndNoRuleNames()
    {
        await using var app = new BotApplication(Provider);
        var draft = await BuildAsync(app);
        var (paragraphs, alts, tables) = NewsletterKit.Docx(draft.Docx);

        string[] Headings(string style) => paragraphs.Where(p => p.Style == style).Select(p => p.Text).ToArray();
        Assert.Equal(["Bästa platsen att växa upp, leva och bo på"], Headings("Heading1"));
        Assert.Equal(["Nätverket i siffror", "Teamen", "Team som inte har rapporterat än", "Nästa träff", "Vill du veta mer? Hör av dig till"], Headings("Heading2"));
        Assert.Equal(["Allaktivitetshus (Vetlanda)", "Familjecentralen i Mullsjö", "Stärkt föräldraskapsstöd i Nässjö"], Headings("Heading3"));
        // Each reporting team: prose paragraphs under its heading, exactly one with the team's own reason quoted in it.
        var reasons = new Dictionary<string, string>
        {
            ["Allaktivitetshus (Vetlanda)"] = Hostile, ["Familjecentralen i Mullsjö"] = "Enkäten är klar", ["Stärkt föräldraskapsstöd i Nässjö"] = "Fler hembesök görs tillsammans",
        };
        foreach (var (heading, reason) in reasons)
        {
            var prose = paragraphs.SkipWhile(p => p.Text != heading).Skip(1).TakeWhile(p => !p.Style.StartsWith("Heading", StringComparison.Ordinal))
                .Where(p => p.Style == "Normal" && p.Text.Length > 0).Select(p => p.Text).ToList();
            Assert.InRange(prose.Count, 1, 2);
            Assert.Single(prose, p => p.Contains($"\u201D{reason}\u201D", StringComparison.Ordinal));
        }
        Assert.Contains(paragraphs, p => p.Text.Contains("Teamet skattar sig nu till 3,5 (förbättring), ett halvt steg högre än förra gången. "
            + "\u201DFler hembesök görs tillsammans\u201D, skriver de.", StringComparison.Ordinal));
        Assert.Contains(paragraphs, p => p.Text.Contains("De mäter gemensamma hembesök och hembesök som leder till vidare kontakt med kurator.", StringComparison.Ordinal));
        var all = string.Join("\n", paragraphs.Select(p => p.Text));
        foreach (var word in RuleWords) Assert.DoesNotContain(word, all, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(" antal", all, StringComparison.Ordinal);

        // Meeting 9 is ahead in the demo: the draft says so first, and does not say "sågs vi".
        Assert.Equal("Notice", paragraphs[1].Style);
        Assert.StartsWith("Obs! Träff 9 den", paragraphs[1].Text, StringComparison.Ordinal);
        Assert.Contains(paragraphs, p => p.Text.Contains("ses vi i det lärande nätverket för nionde gången", StringComparison.Ordinal));
        Assert.DoesNotContain("sågs vi", all, StringComparison.Ordinal);
        Assert.Contains(paragraphs, p => p.Text.StartsWith("Hittills har tre av sju team rapporterat inför träffen. Medianen för skattningen är 3,5", StringComparison.Ordinal));
        // The distribution table lists only the steps that have teams.
        Assert.Equal(["SkattningStegAntal team", "2,5Förändringar testas, ingen förbättring ännu1", "3,5Förbättring1", "4,0Betydande förbättring1"], tables[0]);
        // Teams that did not report are listed, not invented; the contacts have no demo role holder.
        var missing = paragraphs.SkipWhile(p => p.Text != "Team som inte har rapporterat än").Skip(1).TakeWhile(p => p.Style == "ListParagraph").Select(p => p.Text).ToList();
        Assert.Equal(["Arena för hälsa – barn och unga med obesitas (Värnamo)", "Jämlikt föräldraskapsstöd (Hela länet)",
            "Närvaro – var & när – vara nära (Jönköping)", "Tillsammans för ökad hälsa (Värnamo)"], missing);
        Assert.DoesNotContain(paragraphs, p => p.Text.Contains("Alex Wilber", StringComparison.Ordinal));
        // Pictures: the distribution and one run chart per measure, each described in words without rule names.
        Assert.Contains(alts, a => a.StartsWith("Stapeldiagram över teamens självskattning: 2,5: ett team", StringComparison.Ordinal));
        Assert.Contains(alts, a => a.StartsWith("Seriediagram för Besök per vecka: 14 värden", StringComparison.Ordinal));
        Assert.All(alts, a => Assert.DoesNotContain("Styrdiagram", a, StringComparison.Ordinal));
        Assert.Contains(paragraphs, p => p.Text.StartsWith("Teamen ses igen i ", StringComparison.Ordinal));
        // User text stays text: the script tag is a literal run, not markup.
        Assert.Contains(paragraphs, p => p.Text.Contains(Hostile, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Docx_IsValidOpenXml_WithRealBullets_RowsThatNeverSplit_AndHeadingsKeptWithTheirText()
    {
        await using var app = new BotApplication();
        var draft = await BuildAsync(app);
        using var document = WordprocessingDocument.Open(new MemoryStream(draft.Docx), false);

        var errors = new OpenXmlValidator(FileFormatVersions.Office2019).Validate(document).Select(e => $"{e.Path?.XPath}: {e.Description}").ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors));
        var main = document.MainDocumentPart!;
        var bullet = main.NumberingDefinitionsPart!.Numbering!.Descendants<W.Level>().Single();
        Assert.Equal(W.NumberFormatValues.Bullet, bullet.NumberingFormat!.Val!.Value);
        var listStyle = main.StyleDefinitionsPart!.Styles!.Elements<W.Style>().Single(s => s.StyleId == "ListParagraph");
        Assert.NotNull(listStyle.StyleParagraphProperties!.NumberingProperties);
        Assert.All(main.Document!.Body!.Descendants<W.TableRow>(), r => Assert.NotNull(r.TableRowProperties?.GetFirstChild<W.CantSplit>()));
        Assert.All(main.StyleDefinitionsPart.Styles.Elements<W.Style>().Where(s => s.StyleId!.Value!.StartsWith("Heading", StringComparison.Ordinal)),
            s => Assert.NotNull(s.StyleParagraphProperties!.KeepNext));
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
        Assert.Contains("Hittills har tre av sju team rapporterat inför träffen.", html.Body.TextContent, StringComparison.Ordinal);
        Assert.Equal("Obs! Träff 9", html.QuerySelector("h1 + p.draft")!.TextContent[..12]);
        Assert.Equal(3, html.QuerySelectorAll("section").Length);
        Assert.All(html.QuerySelectorAll("section"), s => Assert.NotEmpty(s.QuerySelectorAll("h3 ~ p")));
        Assert.All(html.QuerySelectorAll("tbody tr"), tr => Assert.Equal("row", tr.QuerySelector("th")!.GetAttribute("scope")));
        foreach (var word in RuleWords) Assert.DoesNotContain(word, html.Body.TextContent, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Markdown_HasTheSections_AndEscapesUserText()
    {
        await using var app = new BotApplication(Provider);
        var md = (await BuildAsync(app)).Markdown;

        Assert.StartsWith("# Bästa platsen att växa upp, leva och bo på", md, StringComparison.Ordinal);
        Assert.Contains("### Allaktivitetshus (Vetlanda)", md, StringComparison.Ordinal);
        Assert.Contains("## Team som inte har rapporterat än", md, StringComparison.Ordinal);
        Assert.Contains("| 3,5 | Förbättring | 1 |", md, StringComparison.Ordinal);
        Assert.DoesNotContain("| 5,0 |", md, StringComparison.Ordinal);
        // The same prose as the document.
        Assert.Contains("Teamet skattar sig nu till 3,5 (förbättring), ett halvt steg högre än förra gången. \u201DFler hembesök görs tillsammans\u201D, skriver de.", md, StringComparison.Ordinal);
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
        Assert.Contains(paragraphs, p => p.Text.Contains("svar på föräldraenkäten", StringComparison.Ordinal) && p.Text.StartsWith("De mäter", StringComparison.Ordinal));
        Assert.DoesNotContain(alts, a => a.Contains("Svar på föräldraenkäten", StringComparison.Ordinal));
    }
}

public sealed class NewsletterFormatsTestsOnSqlite() : NewsletterFormatsTests(DatabaseProvider.Sqlite);

public sealed class NewsletterFormatsTestsOnPostgreSql() : NewsletterFormatsTests(DatabaseProvider.PostgreSql);
