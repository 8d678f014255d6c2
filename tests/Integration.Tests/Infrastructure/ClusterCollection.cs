namespace Competitions.Integration.Tests.Infrastructure;

[CollectionDefinition(Name)]
public sealed class ClusterCollection : ICollectionFixture<CompetitionsFixture>
{
    public const string Name = "cluster";
}
