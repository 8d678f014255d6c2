using Competitions.Domain.Scheme;

namespace Competitions.Contracts.Schemes;

[GenerateSerializer, Immutable]
public sealed record AspectDefinition(
    [property: Id(0)] string Id,
    [property: Id(1)] string Title,
    [property: Id(2)] AspectKind Kind,
    [property: Id(3)] decimal MaxMark,
    [property: Id(4)] decimal Step = 0.5m,
    [property: Id(5)] AggregationMethod Aggregation = AggregationMethod.Mean,
    [property: Id(6)] decimal SpreadThreshold = 1m);
