using BplBot.BotFramework;
using Microsoft.Extensions.Options;

namespace BplBot.Status;

/// <summary>
/// <c>Status:PublicBaseUrl</c> (F11). Chart and newsletter links are bearer URLs: with an app id (a real deployment)
/// the address must be set and https, else links are built from the request (http behind a TLS proxy) or, from jobs,
/// from where the bot listens (http://127.0.0.1). Without an app id (local testing) it may stay empty or be http.
/// </summary>
internal sealed class StatusOptionsValidator(IConfiguration configuration) : IValidateOptions<StatusOptions>
{
    private const string Key = StatusOptions.Section + ":" + nameof(StatusOptions.PublicBaseUrl);

    public ValidateOptionsResult Validate(string? name, StatusOptions options)
    {
        var hasAppId = !string.IsNullOrWhiteSpace(configuration[$"{BotOptions.SectionName}:{nameof(BotOptions.AppId)}"]);
        var value = options.PublicBaseUrl?.Trim();
        if (string.IsNullOrEmpty(value))
        {
            return hasAppId
                ? ValidateOptionsResult.Fail($"{Key} is required when Bot:AppId is set: the bot's public https address, e.g. https://bplbot.example.se.")
                : ValidateOptionsResult.Success;
        }
        if (!Uri.TryCreate(value, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp)
            || uri.Query.Length > 0 || uri.Fragment.Length > 0 || uri.UserInfo.Length > 0)
        {
            return ValidateOptionsResult.Fail($"{Key} must be an absolute https URL without query or fragment, e.g. https://bplbot.example.se.");
        }
        if (hasAppId && uri.Scheme != Uri.UriSchemeHttps)
        {
            return ValidateOptionsResult.Fail($"{Key} must use https when Bot:AppId is set: its links carry bearer tokens.");
        }
        return ValidateOptionsResult.Success;
    }
}
