using BplBot.E2E.Hosting;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace BplBot.E2E;

/// <summary>
/// The playground's own web UI in headless Chromium, typed into as a person does: the client's input handling (which
/// the API-level tests cannot see) must keep "42,1", and the saved card must turn read-only.
/// </summary>
public sealed class WebUiTests(PlaygroundFixture fixture, ITestOutputHelper output) : E2ETest(fixture, output)
{
    [Fact]
    public Task CardForm_TypedIntoInTheBrowser_Keeps42Comma1_AndTurnsReadOnlyWhenSaved() => RunAsync(async () =>
    {
        var executable = await Chromium.EnsureInstalledAsync();
        using var playwright = await Microsoft.Playwright.Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = executable, Headless = true, Args = Chromium.Args });
        var page = await browser.NewPageAsync(new() { ViewportSize = new() { Width = 1280, Height = 1100 }, Locale = "sv-SE" });
        await page.RouteAsync("**/*", route =>
            new Uri(route.Request.Url).Host is "127.0.0.1" or "localhost" ? route.ContinueAsync() : route.AbortAsync());
        page.SetDefaultTimeout((float)ReplyTimeout.TotalMilliseconds);
        try
        {
            await page.GotoAsync(Playground.BaseUri.ToString());
            var compose = page.Locator("[data-lexical-editor=\"true\"][role=\"textbox\"]").First;
            async Task SayAsync(string text)
            {
                await compose.ClickAsync();
                await page.Keyboard.TypeAsync(text);
                await page.Keyboard.PressAsync("Enter");
            }

            await SayAsync("avbryt");
            await SayAsync("demo medlem Nässjö");
            await page.GetByText("medlem i Nässjö").Last.WaitForAsync(); // "medlem" is Swedish, whatever the playground's en-US says
            await SayAsync("rapportera formulär");
            var review = page.GetByRole(AriaRole.Button, new() { Name = "Granska" }).Last;
            await review.WaitForAsync();

            await page.GetByRole(AriaRole.Combobox, new() { Name = "Skattning" }).Last.ClickAsync();
            await page.GetByRole(AriaRole.Option, new() { Name = "4,0 – Betydande förbättring" }).ClickAsync();
            await TypeAsync(page.GetByRole(AriaRole.Textbox, new() { Name = "Varför? (en mening)" }).Last, "Fler familjer tackar ja till kontakt");
            await TypeAsync(page.GetByPlaceholder("Ett helt tal – tomt hoppar över").Last, "21");
            await TypeAsync(page.GetByPlaceholder("T.ex. 42,1 eller 45 av 50 – tomt hoppar över").Last, "42,1");
            await TypeAsync(page.GetByRole(AriaRole.Textbox, new() { Name = "PGSA – vad testade ni?" }).Last, "Kuratorn bokar uppföljning vid besöket");
            await TypeAsync(page.GetByRole(AriaRole.Textbox, new() { Name = "Vad lärde ni er?" }).Last, "Ett konkret erbjudande hjälper");
            await TypeAsync(page.GetByRole(AriaRole.Textbox, new() { Name = "Vad gör ni härnäst?" }).Last, "Fortsätta hela våren");
            await review.ClickAsync();

            // The form becomes the summary, with the comma value intact.
            var summary = page.GetByText("Sammanfattning – Nässjö").Last;
            await summary.WaitForAsync();
            await page.GetByText("42,1 %").Last.WaitForAsync();
            await page.GetByRole(AriaRole.Button, new() { Name = "Spara" }).Last.ClickAsync();

            await page.GetByText("Sparad ✓ – Nässjö").Last.WaitForAsync();
            await page.GetByText("Tack! Rapporten för").Last.WaitForAsync();
            await page.ScreenshotAsync(new() { Path = System.IO.Path.Combine(Path.GetTempPath(), "bplbot-e2e-webui-saved.png") });
            // The saved card has no live buttons left.
            var savedCard = page.Locator(".ac-adaptiveCard", new() { HasText = "Sparad ✓ – Nässjö" }).Last;
            Assert.Equal(0, await savedCard.GetByRole(AriaRole.Button, new() { Name = "Spara" }).CountAsync());
        }
        catch
        {
            await page.ScreenshotAsync(new() { Path = System.IO.Path.Combine(Path.GetTempPath(), "bplbot-e2e-webui-failed.png") });
            throw;
        }
    });

    /// <summary>Clicks the field and types key by key, so the client's own input handling runs as it does for a person.</summary>
    private static async Task TypeAsync(ILocator field, string text)
    {
        await field.ClickAsync();
        await field.PressSequentiallyAsync(text);
    }
}
