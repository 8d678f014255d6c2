namespace Competitions.Contracts.Schemes;

[GenerateSerializer, Immutable]
public sealed record CriterionDefinition(
    [property: Id(0)] string Id,
    [property: Id(1)] string Title,
    [property: Id(2)] IReadOnlyList<AspectDefinition> Aspects);
