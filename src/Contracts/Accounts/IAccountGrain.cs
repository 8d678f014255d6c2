namespace Competitions.Contracts.Accounts;

/// <summary>One organizer account. Key: the user name in lower case (<see cref="Keys.Account"/>).</summary>
public interface IAccountGrain : IGrainWithStringKey
{
    Task<Account> Save(AccountSetup setup);

    /// <summary>
    /// The account when the password is right, the account enabled and <paramref name="clientAddress"/> not held back
    /// by <c>SignInThrottle</c>; otherwise null, whatever the reason, so a caller cannot tell them apart.
    /// </summary>
    Task<Account?> SignIn(string password, string clientAddress);

    /// <summary>Null when no such account exists.</summary>
    Task<Account?> Get();
}
