using System.Globalization;
using BplBot.Hosting;
using Microsoft.Extensions.Options;

namespace BplBot.Privacy;

/// <summary>
/// The two signed links of this feature: a person's own data (<c>/mina-data/…json</c>, sealing their id) and the
/// network's export (<c>/export/…zip</c>, sealing the coordinator who asked, for the audit trail).
/// </summary>
public sealed class PrivacyLinks(SignedLinks links, IOptions<PrivacyOptions> options)
{
    public static readonly LinkPurpose PersonalData = new("PersonalData", "/mina-data/", "json");
    public static readonly LinkPurpose Export = new("Export", "/export/", "zip");

    public TimeSpan Lifetime => options.Value.LinkLifetime;

    public string ForPerson(int personId) => links.Create(PersonalData, personId.ToString(CultureInfo.InvariantCulture), Lifetime);

    public string ForExport(int coordinatorId) => links.Create(Export, coordinatorId.ToString(CultureInfo.InvariantCulture), Lifetime);

    public int? Read(LinkPurpose purpose, string token) =>
        links.Read(purpose, token) is { } payload && int.TryParse(payload, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : null;
}
