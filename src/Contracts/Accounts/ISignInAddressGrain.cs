namespace Competitions.Contracts.Accounts;

/// <summary>
/// Failed sign-ins from one client address, on any account (see <c>SignInThrottle</c>). Key: the address as text.
/// </summary>
public interface ISignInAddressGrain : IGrainWithStringKey
{
    Task<bool> MayTry();

    Task RecordFailure();
}
