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

    [Theory]
    [InlineData("Bot:OpenIdMetadataUrl", "http://login.botframework.com/v1/.well-known/openidconfiguration")]
    [InlineData("Bot:OpenIdMetadataUrl", "ftp://login.botframework.com/keys")]
    [InlineData("Bot:LoginAuthority", "http://login.microsoftonline.com")]
    [InlineData("Bot:LoginAuthority", "http://10.0.0.5")]
    [InlineData("Bot:TrustedServiceUrlHosts:0", "*")]
    [InlineData("Bot:TrustedServiceUrlHosts:0", "*.net")]
    [InlineData("Bot:TrustedServiceUrlHosts:0", "*.com")]
    [InlineData("Bot:TrustedServiceUrlHosts:0", "*.")]
    [InlineData("Bot:TrustedServiceUrlHosts:0", "smba*.trafficmanager.net")]
    [InlineData("Bot:TrustedServiceUrlHosts:0", "https://smba.trafficmanager.net")]
    [InlineData("Bot:TrustedServiceUrlHosts:0", "smba.trafficmanager.net:443")]
    [InlineData("Bot:TrustedServiceUrlHosts:0", "smba.trafficmanager.net/amer")]
    [InlineData("Bot:TrustedServiceUrlHosts:0", "evil@smba.trafficmanager.net")]
    [InlineData("Bot:TrustedServiceUrlHosts:0", "smba..trafficmanager.net")]
    [InlineData("Bot:TrustedServiceUrlHosts:0", " ")]
    public async Task UnsafeUrlOrHost_StopsTheStart_NamingTheKey(string key, string value)
    {
        var config = BotTestHost.AuthenticatedConfig();
        config[key] = value;

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => BotTestHost.StartAsync(new() { Config = config }));

        var named = key.StartsWith("Bot:TrustedServiceUrlHosts", StringComparison.Ordinal) ? "Bot:TrustedServiceUrlHosts" : key;
        Assert.Contains(named, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Bot:OpenIdMetadataUrl", "http://127.0.0.1:5000/v1/.well-known/openidconfiguration")]
    [InlineData("Bot:OpenIdMetadataUrl", "http://localhost:5000/v1/.well-known/openidconfiguration")]
    [InlineData("Bot:LoginAuthority", "http://[::1]:5001")]
    [InlineData("Bot:TrustedServiceUrlHosts:0", "*.botframework.com")]
    [InlineData("Bot:TrustedServiceUrlHosts:0", "smba.trafficmanager.net")]
    [InlineData("Bot:TrustedServiceUrlHosts:0", "*.infra.gcc.teams.microsoft.com")]
    public async Task SafeUrlOrHost_IsAccepted(string key, string value)
    {
        var config = BotTestHost.AuthenticatedConfig();
        config[key] = value;

        await using var host = await BotTestHost.StartAsync(new() { Config = config });

        Assert.False(Options(host).IsAnonymousMode);
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
