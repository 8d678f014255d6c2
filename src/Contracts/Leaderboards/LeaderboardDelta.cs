using Competitions.Contracts.Events;

namespace Competitions.Contracts.Leaderboards;

/// <summary>
/// What changed between two versions of one board: rows whose scores changed (whole), rows that only moved
/// (<see cref="Ranks"/>, a few bytes each, since one mark shifts many places), rows removed (their keys), and the board's finality
/// and public mode after it. A client applies a delta only if its
/// <see cref="Epoch"/> matches and <see cref="FromVersion"/> is the version it holds; otherwise it asks for what it missed.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record LeaderboardDelta(
    [property: Id(0)] string EventKey,
    [property: Id(1)] string Epoch,
    [property: Id(2)] long FromVersion,
    [property: Id(3)] long ToVersion,
    [property: Id(4)] IReadOnlyList<LeaderboardRow> Changed,
    [property: Id(5)] IReadOnlyList<string> Removed,
    [property: Id(6)] BoardAudience Audience,
    [property: Id(7)] bool IsFinal,
    [property: Id(8)] PublicBoardMode PublicBoard,
    [property: Id(9)] IReadOnlyList<RankChange> Ranks,
    [property: Id(10)] DateTimeOffset ChangedAt);
