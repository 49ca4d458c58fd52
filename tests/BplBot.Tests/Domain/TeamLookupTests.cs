using BplBot.Domain.Network;

namespace BplBot.Tests.Domain;

public sealed class TeamLookupTests
{
    private static readonly ImprovementTeam[] Teams =
    [
        Team("nassjo", "Stärkt föräldraskapsstöd i Nässjö", "Nässjö", "Nässjö"),
        Team("rydaholm", "Tillsammans för ökad hälsa", "Rydaholm", "Värnamo"),
        Team("arena-varnamo", "Arena för hälsa – barn och unga med obesitas", "Arena för hälsa", "Värnamo"),
        Team("attarp", "Närvaro – var & när – vara nära", "Attarp", "Jönköping"),
    ];

    [Theory]
    [InlineData("Nässjö")]
    [InlineData("nassjo")]
    [InlineData("NÄSSJÖ")]
    [InlineData("nasjo")]
    [InlineData("Stärkt föräldraskapsstöd i Nässjö")]
    public void Find_ByNameIgnoringCaseDiacriticsAndATypo(string query)
    {
        var match = TeamLookup.Find(query, Teams);
        Assert.True(match.IsUnique);
        Assert.Equal("nassjo", match.Team.Key);
    }

    [Theory]
    [InlineData(28_000)]
    [InlineData(200_000)]
    public void Find_HugeQuery_FindsNothing_AndStillSuggests(int length)
    {
        // F4: every name against a pasted wall of text took seconds (a full edit-distance table per name, twice).
        var match = TeamLookup.Find(new string('n', length), Teams);

        Assert.Empty(match.Teams);
        Assert.Equal(3, match.Suggestions.Count);
    }

    [Fact]
    public void Find_MunicipalityWithTwoTeams_IsAmbiguous()
    {
        var match = TeamLookup.Find("Värnamo", Teams);
        Assert.True(match.IsAmbiguous);
        Assert.Equal(["arena-varnamo", "rydaholm"], match.Teams.Select(t => t.Key).Order());
    }

    [Fact]
    public void Find_Unknown_SuggestsClosestNames()
    {
        var match = TeamLookup.Find("Gislaved", Teams);
        Assert.Empty(match.Teams);
        Assert.NotEmpty(match.Suggestions);
        Assert.True(match.Suggestions.Count <= 3);
    }

    [Fact]
    public void Find_PartOfAName_Matches()
    {
        var match = TeamLookup.Find("arena", Teams);
        Assert.True(match.IsUnique);
        Assert.Equal("arena-varnamo", match.Team.Key);
    }

    private static ImprovementTeam Team(string key, string name, string shortName, string municipality) =>
        new(key, name, shortName, municipality, FocusArea.MentalHealth, "Syfte");
}
