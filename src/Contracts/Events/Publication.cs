using Competitions.Contracts.Leaderboards;

namespace Competitions.Contracts.Events;

/// <summary>An event's public board mode, and the rows the public keeps seeing while it is frozen.</summary>
[GenerateSerializer, Immutable]
public sealed record Publication(
    [property: Id(0)] PublicBoardMode Mode,
    [property: Id(1)] IReadOnlyList<LeaderboardRow> FrozenRows,
    [property: Id(2)] DateTimeOffset? Since)
{
    public static Publication Live { get; } = new(PublicBoardMode.Live, [], null);
}
