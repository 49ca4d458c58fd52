using BplBot.E2E.Hosting;

namespace BplBot.E2E;

/// <summary>All e2e tests share one bot and one playground, and so run one after another.</summary>
[CollectionDefinition(Name)]
public sealed class E2ECollection : ICollectionFixture<PlaygroundFixture>
{
    public const string Name = "bot + playground";
}
