using Competitions.Contracts.Contests;

namespace Competitions.Grains.Contests;

public sealed class ContestDirectoryGrain(
    [PersistentState("contests", StorageNames.Configuration)] IPersistentState<SortedDictionary<string, ContestDefinition>> state)
    : Grain, IContestDirectoryGrain
{
    public async Task Register(ContestDefinition contest)
    {
        state.State[contest.Id] = contest;
        await state.WriteStateAsync();
    }

    public Task<IReadOnlyList<ContestDefinition>> List() =>
        Task.FromResult<IReadOnlyList<ContestDefinition>>([.. state.State.Values.OrderByDescending(c => c.StartsOn)]);
}
