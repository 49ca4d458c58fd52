using System.Net;
using BplBot.Hosting;
using BplBot.Tests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;

namespace BplBot.Tests.Hosting;

/// <summary>F16: the unauthenticated file endpoints get nosniff and a strict CSP, and never a developer exception page.</summary>
public sealed class ResponseHardeningTests
{
    [Theory]
    [InlineData("/charts/not-a-token.png")]
    [InlineData("/newsletter/not-a-token.docx")]
    [InlineData("/healthz")]
    public async Task Responses_CarryNosniffAndAStrictCsp(string path)
    {
        await using var app = new BotApplication();

        using var response = await app.CreateClient().GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("default-src 'none'; img-src data:; style-src 'unsafe-inline'", Assert.Single(response.Headers.GetValues("Content-Security-Policy")));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task FailingEndpoint_InDevelopment_ShowsNoExceptionPage_WhenHardened(bool hardened)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Development" });
        builder.WebHost.UseTestServer();
        await using var app = builder.Build();
        if (hardened) app.UseResponseHardening();
        app.MapGet("/charts/{token}", string (string token) => throw new InvalidOperationException("detail only a developer should see " + token));
        await app.StartAsync();

        using var response = await app.GetTestClient().GetAsync(new Uri("/charts/abc", UriKind.Relative));
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        // Without the hardening the Development exception page shows the message and the stack: the test can fail.
        Assert.Equal(hardened, !body.Contains("detail only a developer should see", StringComparison.Ordinal));
        if (hardened)
        {
            Assert.Empty(body);
            Assert.True(response.Headers.Contains("Content-Security-Policy"));
        }
    }
}
