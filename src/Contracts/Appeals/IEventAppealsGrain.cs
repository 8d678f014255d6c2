using Orleans.Concurrency;

namespace Competitions.Contracts.Appeals;

/// <summary>The appeals against one event's results. Key: <see cref="Keys.Event"/>.</summary>
public interface IEventAppealsGrain : IGrainWithStringKey
{
    /// <summary>
    /// Refused (Conflict) before the results are published and after the appeal deadline; a team leader appeals only
    /// for his own delegation's competitors.
    /// </summary>
    Task<Appeal> Lodge(Caller caller, string delegation, AppealRequest request);

    /// <summary>The arbitration group decides an open appeal; upheld results are then corrected by the chief judge.</summary>
    Task<Appeal> Decide(Caller caller, Guid appealId, AppealDecision decision);

    [AlwaysInterleave]
    Task<IReadOnlyList<Appeal>> List();
}
