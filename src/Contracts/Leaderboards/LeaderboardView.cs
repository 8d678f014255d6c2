using Competitions.Contracts.Events;

namespace Competitions.Contracts.Leaderboards;

/// <summary>
/// An event's ranked board. <see cref="Version"/> increases with every change within one <see cref="Epoch"/>; a new
/// epoch (the board was rebuilt in a new activation) means versions start over and clients take a fresh snapshot.
/// <see cref="EventName"/> is for the board's heading: spectators know an event by its name, not its code.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record LeaderboardView(
    [property: Id(0)] string EventKey,
    [property: Id(1)] long Version,
    [property: Id(2)] IReadOnlyList<LeaderboardRow> Rows,
    [property: Id(3)] string Epoch,
    [property: Id(4)] bool IsFinal = false,
    [property: Id(5)] PublicBoardMode PublicBoard = PublicBoardMode.Live,
    [property: Id(6)] DateTimeOffset? FinalFrom = null,
    [property: Id(7)] string? EventName = null);
