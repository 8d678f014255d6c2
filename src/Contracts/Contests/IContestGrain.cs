using Competitions.Domain.Awards;

namespace Competitions.Contracts.Contests;

/// <summary>A contest: its definition and the index of its events and judges. Key: contest id.</summary>
public interface IContestGrain : IGrainWithStringKey
{
    Task Define(ContestDefinition definition);

    /// <exception cref="Errors.CompetitionRuleException">NotFound when the contest was never defined.</exception>
    Task<ContestView> Get();

    Task<bool> Exists();

    /// <exception cref="Errors.CompetitionRuleException">NotFound when the contest was never defined.</exception>
    Task<ContestView> SetMedalCounting(MedalCounting counting);

    Task RegisterEvent(string eventCode);

    Task RegisterJudge(string judgeId);
}
