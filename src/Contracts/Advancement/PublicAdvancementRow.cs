using Competitions.Domain.Advancement;

namespace Competitions.Contracts.Advancement;

/// <summary>An advancing (or withdrawn) competitor as the public sees him: no ids, a code where names are not public.</summary>
[GenerateSerializer, Immutable]
public sealed record PublicAdvancementRow(
    [property: Id(0)] int Rank,
    [property: Id(1)] string Name,
    [property: Id(2)] string Organisation,
    [property: Id(3)] string Delegation,
    [property: Id(4)] string SourceEvent,
    [property: Id(5)] decimal Total,
    [property: Id(6)] AdvancementStatus Status);
