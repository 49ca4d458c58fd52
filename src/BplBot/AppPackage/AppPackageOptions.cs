namespace BplBot.AppPackage;

/// <summary>Settings under <c>TeamsApp</c>: what the Teams app package says about the app and who publishes it.</summary>
public sealed class AppPackageOptions
{
    public const string Section = "TeamsApp";

    /// <summary>The Teams app id (a GUID); empty = the bot's app id (<c>Bot:AppId</c>), as the Developer Portal does.</summary>
    public string Id { get; set; } = string.Empty;

    /// <summary>The app package version; raise it for every upload of a changed package.</summary>
    public string Version { get; set; } = "1.0.0";

    public string DeveloperName { get; set; } = "Region Jönköpings län";
    public string WebsiteUrl { get; set; } = string.Empty;
    public string PrivacyUrl { get; set; } = string.Empty;
    public string TermsOfUseUrl { get; set; } = string.Empty;
}
