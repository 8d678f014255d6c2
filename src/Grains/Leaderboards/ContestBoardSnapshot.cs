using Competitions.Contracts.Leaderboards;

namespace Competitions.Grains.Leaderboards;

/// <summary>
/// The contest home page's event summaries as last saved, so that a cold contest board answers at once instead of
/// waking every event's board first.
/// </summary>
[GenerateSerializer]
public sealed class ContestBoardSnapshot
{
    [Id(0)]
    public List<EventSummary> Events { get; set; } = [];
}
