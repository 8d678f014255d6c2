using Competitions.Contracts;
using Competitions.Contracts.Contests;
using Competitions.Contracts.Leaderboards;
using Competitions.Domain.Standardisation;

namespace Competitions.Grains.Leaderboards;

/// <summary>
/// The contest home page in memory. Leaderboards push their event's summary when it changes; on activation it asks
/// each event's leaderboard once, which also warms every board of the contest. (A leaderboard's push while this grain
/// activates is one-way and simply queues, so the two never wait on each other.)
/// </summary>
public sealed class ContestBoardGrain : Grain, IContestBoardGrain
{
    private readonly Dictionary<string, EventSummary> _events = new(StringComparer.Ordinal);
    private string _name = string.Empty;
    private IReadOnlyList<DelegationAwards>? _medals;
    private IReadOnlyList<DelegationBest>? _best;

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        var contestId = this.GetPrimaryKeyString();
        var contest = await GrainFactory.GetGrain<IContestGrain>(contestId).Get();
        _name = contest.Definition.Name;
        var summaries = await Task.WhenAll(contest.EventCodes.Select(code =>
            GrainFactory.GetGrain<ILeaderboardGrain>(Keys.Event(contestId, code)).GetSummary()));
        foreach (var summary in summaries)
        {
            _events[summary.EventCode] = summary;
        }
    }

    public Task<ContestBoardView> Get()
    {
        _medals ??= Medals();
        _best ??= [.. BestOfDelegation.Select(_events.Values.SelectMany(e => e.Best ?? [])
                .Select(b => new StandardisedResult(b.Delegation, b.EventCode, b.Name, b.Standardised)))
            .Select(r => new DelegationBest(r.Delegation, r.EventCode, r.Name, r.Score))];
        return Task.FromResult(new ContestBoardView(
            this.GetPrimaryKeyString(), _name, [.. _events.Values.OrderBy(e => e.EventCode, StringComparer.Ordinal)], _medals, _best));
    }

    public Task UpdateEvent(EventSummary summary)
    {
        _events[summary.EventCode] = summary;
        _medals = null;
        _best = null;
        return Task.CompletedTask;
    }

    /// <summary>Prizes by delegation over all events, ranked by firsts, then seconds, then thirds.</summary>
    private List<DelegationAwards> Medals() => [.. _events.Values
        .SelectMany(e => e.Awards)
        .GroupBy(a => a.Delegation, StringComparer.Ordinal)
        .Select(g => new DelegationAwards(g.Key, g.Sum(a => a.First), g.Sum(a => a.Second), g.Sum(a => a.Third), g.All(a => a.Final)))
        .OrderByDescending(a => a.First).ThenByDescending(a => a.Second).ThenByDescending(a => a.Third)
        .ThenBy(a => a.Delegation, StringComparer.Ordinal)];
}
