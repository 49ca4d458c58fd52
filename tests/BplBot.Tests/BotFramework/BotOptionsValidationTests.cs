using BplBot.BotFramework;
using BplBot.Tests.BotFramework.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Xunit;

namespace BplBot.Tests.BotFramework;

/// <summary>The "Bot" section is validated when the host starts, with messages that name the key to fix.</summary>
public sealed class BotOptionsValidationTests
{
    [Theory]
    [InlineData("Bot:AppPassword", "Bot:AppPassword")]
    [InlineData("Bot:TenantId", "Bot:TenantId")]
    [InlineData("Bot:AppId", "Bot:AppId is empty")]
    [InlineData("Bot:RetryMaxDelay", "Bot:RetryMaxDelay")]
    [InlineData("Bot:MaxRequestBodyBytes", "MaxRequestBodyBytes")]
    [InlineData("Bot:LoginAuthority", "Bot:LoginAuthority")]
    public async Task InvalidConfig_StopsTheHostAtStart(string brokenKey, string expectedMessage)
    {
        var config = BotTestHost.AuthenticatedConfig();
        config[brokenKey] = brokenKey switch
        {
            "Bot:RetryMaxDelay" => "00:00:00",
            "Bot:MaxRequestBodyBytes" => "0",
            "Bot:LoginAuthority" => "login.microsoftonline.com",
            _ => "",
        };

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => BotTestHost.StartAsync(new() { Config = config }));

        Assert.Contains(expectedMessage, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MultiTenant_NeedsNoTenantId_ButTheTenantsItAnswers()
    {
        var config = BotTestHost.AuthenticatedConfig();
        config["Bot:TenantId"] = "";
        config["Bot:AppType"] = "MultiTenant";
        var refused = await Assert.ThrowsAsync<OptionsValidationException>(() => BotTestHost.StartAsync(new() { Config = config }));
        Assert.Contains(refused.Failures, f => f.Contains("Bot:AllowedTenantIds is required", StringComparison.Ordinal));
        config["Bot:AllowedTenantIds:0"] = BotTestHost.TenantId;

        await using var host = await BotTestHost.StartAsync(new() { Config = config });

        Assert.Equal(BotAppType.MultiTenant, Options(host).AppType);
    }

    [Fact]
    public async Task EmptySection_IsAnonymousMode_WithTheDocumentedDefaults()
    {
        await using var host = await BotTestHost.StartAsync(new());

        var options = Options(host);

        Assert.True(options.IsAnonymousMode);
        Assert.Equal(BotAppType.SingleTenant, options.AppType);
        Assert.Equal(262144, options.MaxRequestBodyBytes);
        Assert.Equal("https://login.botframework.com/v1/.well-known/openidconfiguration", options.OpenIdMetadataUrl);
        Assert.Equal("https://api.botframework.com", options.ValidIssuer);
        Assert.Equal("https://login.microsoftonline.com", options.LoginAuthority);
        Assert.Equal(TimeSpan.FromSeconds(30), options.OutboundTimeout);
        Assert.Contains("smba.trafficmanager.net", options.EffectiveTrustedServiceUrlHosts);
        Assert.Contains("*.botframework.com", options.EffectiveTrustedServiceUrlHosts);
    }

    private static BotOptions Options(BotTestHost host) => host.App.Services.GetRequiredService<IOptions<BotOptions>>().Value;
}
