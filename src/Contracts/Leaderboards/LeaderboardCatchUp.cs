namespace Competitions.Contracts.Leaderboards;

/// <summary>What a reconnecting client missed: the deltas since its version, or a whole board when those are gone.</summary>
[GenerateSerializer, Immutable]
public sealed record LeaderboardCatchUp(
    [property: Id(0)] IReadOnlyList<LeaderboardDelta> Deltas,
    [property: Id(1)] LeaderboardView? Snapshot);
