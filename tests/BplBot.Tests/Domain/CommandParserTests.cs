using BplBot.Domain.Text;
using BplBot.Domain.Commands;
using BplBot.Domain.Network;

namespace BplBot.Tests.Domain;

public sealed class CommandParserTests
{
    [Theory]
    [InlineData("hjälp", CommandName.Help)]
    [InlineData("HJÄLP", CommandName.Help)]
    [InlineData("hjalp", CommandName.Help)]
    [InlineData("help", CommandName.Help)]
    [InlineData("  Help.  ", CommandName.Help)]
    [InlineData("teams", CommandName.Teams)]
    [InlineData("team", CommandName.Teams)]
    [InlineData("vem är jag", CommandName.WhoAmI)]
    [InlineData("Vem ar jag?", CommandName.WhoAmI)]
    [InlineData("whoami", CommandName.WhoAmI)]
    [InlineData("?", CommandName.Help)]
    [InlineData("hjälp?", CommandName.Help)]
    public void Parse_KnownWords_GiveTheirCommand(string text, CommandName expected)
    {
        Assert.Equal(expected, CommandParser.Parse(text).Name);
    }

    [Theory]
    [InlineData("demo medlem Nässjö", Language.Swedish)]
    [InlineData("demo samordnare", Language.Swedish)]
    [InlineData("Demo av", Language.Swedish)]
    [InlineData("demo member Nässjö", Language.English)]
    [InlineData("demo off", Language.English)]
    [InlineData("demo coach Nässjö", null)] // both languages say coach: the client's locale decides
    [InlineData("status Nässjö", null)]
    [InlineData("hjälp", Language.Swedish)]
    public void Parse_AWordBothLanguagesUse_TakesTheLanguageOfItsArgument(string text, Language? expected)
    {
        Assert.Equal(expected, CommandParser.Parse(text).WordLanguage);
    }

    [Fact]
    public void DemoRoleWords_EachWord_GivesItsRole_AndTheLanguageTheAnswerIsIn()
    {
        // The demo command reads the role and the parser the language from the one table: every word has both.
        Assert.Equal(["samordnare", "coordinator", "coach", "medlem", "member", "av", "ingen", "off", "none"], DemoRoleWords.All.Select(w => w.Word));
        foreach (var word in DemoRoleWords.All)
        {
            Assert.Equal(word.Language, CommandParser.Parse($"demo {word.Word} Nässjö").WordLanguage);
            Assert.Same(word, DemoRoleWords.Find(word.Word.ToUpperInvariant()));
        }
        Assert.Equal(Role.Member, DemoRoleWords.Find("Medlem")!.Role);
        Assert.Null(DemoRoleWords.Find("av")!.Role);
        Assert.Null(DemoRoleWords.Find("medlemmar"));
    }

    [Fact]
    public void Parse_CommandWithArgument_KeepsTheArgumentAsTyped()
    {
        var parsed = CommandParser.Parse("koppla  Nässjö kommun");
        Assert.Equal(CommandName.Link, parsed.Name);
        Assert.Equal("Nässjö kommun", parsed.Argument);
    }

    [Fact]
    public void Parse_LongerPhraseWins_OverItsLastWord()
    {
        var parsed = CommandParser.Parse("vem är jag");
        Assert.Equal(CommandName.WhoAmI, parsed.Name);
        Assert.Equal(string.Empty, parsed.Argument);
    }

    [Fact]
    public void Parse_WordThatOnlyStartsLikeACommand_IsNotThatCommand()
    {
        Assert.Null(CommandParser.Parse("teamwork").Name);
        Assert.Null(CommandParser.Parse("demokrati").Name);
    }

    [Theory]
    [InlineData("hjälpp", "hjälp")]
    [InlineData("hälp", "hjälp")]
    [InlineData("kopla Nässjö", "koppla")]
    [InlineData("teamss", "teams")]
    public void Parse_Typo_SuggestsTheClosestCommand(string text, string suggestion)
    {
        var parsed = CommandParser.Parse(text);
        Assert.False(parsed.IsKnown);
        Assert.Equal(suggestion, parsed.Suggestion);
    }

    [Fact]
    public void Parse_Nonsense_HasNoSuggestion()
    {
        var parsed = CommandParser.Parse("xyzzyplugh");
        Assert.False(parsed.IsKnown);
        Assert.Null(parsed.Suggestion);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    public void Parse_Empty_IsUnknownWithoutSuggestion(string? text)
    {
        var parsed = CommandParser.Parse(text);
        Assert.False(parsed.IsKnown);
        Assert.Null(parsed.Suggestion);
    }
}
