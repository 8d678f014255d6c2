namespace Competitions.Contracts.Accounts;

/// <summary>One organizer account. Key: the user name in lower case (<see cref="Keys.Account"/>).</summary>
public interface IAccountGrain : IGrainWithStringKey
{
    Task<Account> Save(AccountSetup setup);

    /// <summary>Checks the password; five wrong ones in a row lock the account for five minutes.</summary>
    Task<SignInOutcome> SignIn(string password);

    /// <summary>Null when no such account exists.</summary>
    Task<Account?> Get();
}
