using Competitions.Contracts.Accounts;
using Competitions.Domain.Accounts;

namespace Competitions.Grains.Accounts;

/// <summary>
/// Kept in memory only: a grain deactivated or a silo restarted forgets an address's failures, which gives an
/// attacker a few more guesses at most; each account keeps (and stores) its own back-off per address.
/// </summary>
public sealed class SignInAddressGrain(ContestClock clock) : Grain, ISignInAddressGrain
{
    private SignInFailures? _failures;

    public Task<bool> MayTry() => Task.FromResult(SignInThrottle.AddressMayTry(_failures, clock.Now));

    public Task RecordFailure()
    {
        _failures = SignInThrottle.AfterFailure(_failures, clock.Now);
        return Task.CompletedTask;
    }
}
