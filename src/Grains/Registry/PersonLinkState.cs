using Competitions.Domain.Registry;

namespace Competitions.Grains.Registry;

/// <summary>A <see cref="RegistryLink"/> as grain storage keeps it.</summary>
[GenerateSerializer, Immutable]
public sealed record PersonLinkState(
    [property: Id(0)] string EventKey,
    [property: Id(1)] string CompetitorId,
    [property: Id(2)] DateTimeOffset LinkedAt,
    [property: Id(3)] string? Level)
{
    public RegistryLink ToLink() => new(EventKey, CompetitorId, LinkedAt, Level);

    public static PersonLinkState From(RegistryLink link) => new(link.EventKey, link.CompetitorId, link.LinkedAt, link.Level);
}
