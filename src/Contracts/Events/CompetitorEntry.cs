namespace Competitions.Contracts.Events;

/// <summary>
/// A competitor (or team) entered in one event, with the station and codes the draw gave it and the session (场次) it
/// sits in. The ID number is stored whole; API responses show it masked (<see cref="Domain.Competitors.IdNumber.Mask"/>).
/// </summary>
[GenerateSerializer, Immutable]
public sealed record CompetitorEntry(
    [property: Id(0)] string Id,
    [property: Id(1)] string Name,
    [property: Id(2)] string Organisation,
    [property: Id(3)] string Delegation,
    [property: Id(4)] int? Station = null,
    [property: Id(5)] string? BlindCode = null,
    [property: Id(6)] string? IdNumber = null,
    [property: Id(7)] string? CurrentLevel = null,
    [property: Id(8)] string? TheoryCode = null,
    [property: Id(9)] string? Session = null)
{
    /// <summary>The entry as responses show it, with the ID number masked.</summary>
    public CompetitorEntry Masked() => IdNumber is null ? this : this with { IdNumber = Domain.Competitors.IdNumber.Mask(IdNumber) };
}
