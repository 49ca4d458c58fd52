using System.Text;
using BplBot.Network;

namespace BplBot.Tests.Network;

public sealed class NetworkFileReaderTests
{
    private static readonly System.Text.Json.JsonSerializerOptions WebJson = new(System.Text.Json.JsonSerializerDefaults.Web);

    [Fact]
    public void Parse_ExampleFileInDocs_IsValid()
    {
        var path = Path.Combine(RepositoryRoot(), "docs", "network.example.json");
        var (document, hash) = NetworkFileReader.Read(path);
        Assert.NotEmpty(document.Teams);
        Assert.NotEmpty(document.People);
        Assert.Equal(64, hash.Length);
    }

    [Fact]
    public void Parse_DemoNetwork_PassesTheSameChecks()
    {
        var json = System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(DemoNetwork.Create(DateTimeOffset.UtcNow), WebJson);
        var document = NetworkFileReader.Parse(json, "demo");
        Assert.Equal(7, document.Teams.Count);
        Assert.Contains(document.Meetings, m => m.Start > DateTime.Now);
        Assert.Contains(document.Meetings, m => m.Start < DateTime.Now);
        Assert.All(document.People, p => Assert.EndsWith("@example.se", p.Email, StringComparison.Ordinal));
    }

    [Fact]
    public void Parse_ANameLongerThanTheDatabaseKeeps_IsNamed()
    {
        var doc = DemoNetwork.Create(DateTimeOffset.UtcNow);
        doc.Teams[0] = doc.Teams[0] with { Name = new string('x', 201) };

        var problems = NetworkDocumentValidator.Validate(doc);

        Assert.Contains("teams[0].name: at most 200 characters (201 given)", problems);
    }

    [Fact]
    public void Parse_BrokenJson_SaysWhere()
    {
        var e = Assert.Throws<NetworkFileException>(() => Parse("{\n  \"teams\": [\n    { \"key\": \"a\", }\n  ,]\n"));
        Assert.Contains("not valid JSON", e.Message, StringComparison.Ordinal);
        Assert.Contains("line", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_EveryBrokenRule_IsNamedWithItsPath()
    {
        var e = Assert.Throws<NetworkFileException>(() => Parse("""
            {
              "teams": [
                { "key": "a", "name": "A", "shortName": "A", "municipality": "X", "focusArea": "Matematik",
                  "measures": [ { "key": "m", "name": "M", "unit": "%", "kind": "process",
                                  "values": [ { "date": "2026-01-31", "value": 120 } ] } ] },
                { "key": "a", "name": "B", "shortName": "B", "municipality": "Y", "focusArea": "Psykisk hälsa" }
              ],
              "people": [ { "name": "P", "email": "p@example.se", "roles": [ { "role": "coach", "team": "zzz" }, { "role": "chef" } ] },
                          { "name": "Q", "email": "P@example.se" } ],
              "meetings": [ { "ordinal": 1, "start": "2027-01-19T12:00", "end": "2027-01-19T09:00" } ]
            }
            """));
        Assert.Contains("teams[0].focusArea", e.Message, StringComparison.Ordinal);
        Assert.Contains("teams[1].key: 'a' is used by another team", e.Message, StringComparison.Ordinal);
        Assert.Contains("teams[0].measures[0].values[2026-01-31]: 120 is not a percentage", e.Message, StringComparison.Ordinal);
        Assert.Contains("people[0].roles[0].team: 'zzz'", e.Message, StringComparison.Ordinal);
        Assert.Contains("people[0].roles[1].role: 'chef'", e.Message, StringComparison.Ordinal);
        Assert.Contains("people[1].email: 'P@example.se' is used by another person", e.Message, StringComparison.Ordinal);
        Assert.Contains("meetings[0].end: must be after start", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{ "teams": [ { "key": "a", "key": "b", "name": "A", "shortName": "A", "municipality": "X", "focusArea": "Psykisk hälsa" } ] }""", "key")]
    [InlineData("""{ "teams": [ { "key": "a", "name": "A", "shortName": "A", "municipality": "X", "focusArea": "Psykisk hälsa" } ], "people": [ { "name": "P", "email": "p@example.se", "roles": [ { "role": "member", "team": "a" } ], "roles": [ { "role": "coordinator" } ] } ] }""", "roles")]
    public void Parse_DuplicateKey_IsRefused(string json, string key)
    {
        var e = Assert.Throws<NetworkFileException>(() => Parse(json));
        Assert.Contains("not valid JSON", e.Message, StringComparison.Ordinal);
        Assert.Contains(key, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_SameAadObjectIdForTwoPeople_IsRefused()
    {
        var e = Assert.Throws<NetworkFileException>(() => Parse("""
            { "teams": [ { "key": "a", "name": "A", "shortName": "A", "municipality": "X", "focusArea": "Psykisk hälsa" } ],
              "people": [ { "name": "P", "email": "p@example.se", "aadObjectId": "6c1f0000-0000-0000-0000-00000000000a" },
                          { "name": "Q", "email": "q@example.se", "aadObjectId": "6C1F0000-0000-0000-0000-00000000000A" } ] }
            """));
        Assert.Contains("people[1].aadObjectId: '6C1F0000-0000-0000-0000-00000000000A' is used by another person", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_ValueBeyondTheBound_IsRefused()
    {
        var e = Assert.Throws<NetworkFileException>(() => Parse("""
            { "teams": [ { "key": "a", "name": "A", "shortName": "A", "municipality": "X", "focusArea": "Psykisk hälsa",
                           "measures": [ { "key": "m", "name": "M", "unit": "minuter", "kind": "process", "goal": 2000000000000,
                                           "values": [ { "date": "2026-01-31", "value": 79228162514264337593543950335 } ] } ] } ] }
            """));
        Assert.Contains("teams[0].measures[0].values[2026-01-31]", e.Message, StringComparison.Ordinal);
        Assert.Contains("teams[0].measures[0].goal", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_MissingFile_IsAClearError()
    {
        var e = Assert.Throws<NetworkFileException>(() => NetworkFileReader.Read("/nonexistent/network.json"));
        Assert.Contains("cannot be read", e.Message, StringComparison.Ordinal);
    }

    private static NetworkDocument Parse(string json) => NetworkFileReader.Parse(Encoding.UTF8.GetBytes(json), "test.json");

    internal static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "BplBot.slnx"))) return dir.FullName;
        throw new InvalidOperationException("Repository root not found.");
    }
}
