namespace Competitions.Contracts.Contests;

/// <summary>Every contest defined on this installation, for the organizer console. Key: 0 (there is one).</summary>
public interface IContestDirectoryGrain : IGrainWithIntegerKey
{
    Task Register(ContestDefinition contest);

    Task<IReadOnlyList<ContestDefinition>> List();
}
