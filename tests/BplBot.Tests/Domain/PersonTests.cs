using BplBot.Domain.Network;

namespace BplBot.Tests.Domain;

public sealed class PersonTests
{
    [Fact]
    public void Grant_SameRoleTwice_IsKeptOnce()
    {
        var person = new Person("Anna Test", "Anna.Test@Example.se");
        Assert.True(person.Grant(Role.Member, 3));
        Assert.False(person.Grant(Role.Member, 3));
        Assert.Single(person.Roles);
        Assert.True(person.IsMemberOf(3));
        Assert.Equal("anna.test@example.se", person.Email);
    }

    [Fact]
    public void Grant_CoordinatorForATeam_IsRefused()
    {
        var person = new Person("Anna Test", "anna@example.se");
        Assert.Throws<ArgumentException>(() => person.Grant(Role.Coordinator, 1));
        Assert.Throws<ArgumentException>(() => person.Grant(Role.Coach));
    }

    [Fact]
    public void Revoke_RemovesOnlyThatRole()
    {
        var person = new Person("Anna Test", "anna@example.se");
        person.Grant(Role.Coach, 1);
        person.Grant(Role.Coach, 2);
        person.Grant(Role.Coordinator);
        Assert.True(person.Revoke(Role.Coach, 1));
        Assert.Equal([2], person.CoachOf);
        Assert.True(person.IsCoordinator);
    }

    [Fact]
    public void LinkAadObject_AnotherAccountLater_IsRefused()
    {
        var person = new Person("Anna Test", "anna@example.se");
        Assert.True(person.LinkAadObject("AAAA-1"));
        Assert.False(person.LinkAadObject("aaaa-1"));
        Assert.Throws<InvalidOperationException>(() => person.LinkAadObject("bbbb-2"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("inte-en-adress")]
    public void Create_WithoutAnAddress_IsRefused(string email)
    {
        Assert.Throws<ArgumentException>(() => new Person("Anna", email));
    }
}
