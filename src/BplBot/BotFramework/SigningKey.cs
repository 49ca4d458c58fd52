using Microsoft.IdentityModel.Tokens;

namespace BplBot.BotFramework;

/// <summary>One JWKS key and the channels that endorse it (the Bot Framework's extra <c>endorsements</c> array).</summary>
internal sealed record SigningKey(SecurityKey Key, IReadOnlySet<string> Endorsements);
