namespace Competitions.Contracts.Accounts;

/// <summary>The list of organizer accounts, for administrators. Key: 0 (there is one).</summary>
public interface IAccountDirectoryGrain : IGrainWithIntegerKey
{
    Task Register(string userName);

    Task<IReadOnlyList<Account>> List();
}
