namespace Competitions.Contracts.Registry;

/// <summary>
/// A person's entries across rounds, contests and years, oldest first, with his name as last registered, his ID
/// number masked (never whole) and the level he would carry into a new contest.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record PersonHistory(
    [property: Id(0)] string Name,
    [property: Id(1)] string? MaskedIdNumber,
    [property: Id(2)] string? CarriedLevel,
    [property: Id(3)] IReadOnlyList<PersonHistoryEntry> Entries);
