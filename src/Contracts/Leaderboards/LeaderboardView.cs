namespace Competitions.Contracts.Leaderboards;

/// <summary>An event's ranked board; <see cref="Version"/> increases with every change.</summary>
[GenerateSerializer, Immutable]
public sealed record LeaderboardView(
    [property: Id(0)] string EventKey,
    [property: Id(1)] long Version,
    [property: Id(2)] IReadOnlyList<LeaderboardRow> Rows);
