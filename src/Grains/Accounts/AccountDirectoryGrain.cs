using Competitions.Contracts.Accounts;

namespace Competitions.Grains.Accounts;

public sealed class AccountDirectoryGrain(
    [PersistentState("accounts", StorageNames.Configuration)] IPersistentState<SortedSet<string>> state) : Grain, IAccountDirectoryGrain
{
    public async Task Register(string userName)
    {
        if (state.State.Add(userName))
        {
            await state.WriteStateAsync();
        }
    }

    public async Task<IReadOnlyList<Account>> List()
    {
        var accounts = await Task.WhenAll(state.State.Select(name => GrainFactory.GetGrain<IAccountGrain>(name).Get()));
        return [.. accounts.OfType<Account>()];
    }
}
