namespace Competitions.Domain.Accounts;

/// <summary>
/// When a sign-in may be tried. There is no hard lock on an account: that would let anyone lock the administrator out
/// by guessing. Instead each address that keeps failing waits longer and longer (doubling per failure), on one account
/// once that account has had <see cref="AccountFreeFailures"/> recent failures, and on every account once the address
/// itself has had <see cref="AddressFreeFailures"/>. An address that has not been failing is never held back, so the
/// real user signs in from his own machine while an attacker is being slowed down.
/// </summary>
public static class SignInThrottle
{
    /// <summary>Recent failures on one account (from all addresses) before its failing addresses must wait.</summary>
    public const int AccountFreeFailures = 5;

    /// <summary>Failures from one address (on any accounts) before it must wait: a whole venue may share one address.</summary>
    public const int AddressFreeFailures = 10;

    /// <summary>An account remembers this many failing addresses (the most recent), so many addresses cannot grow it without end.</summary>
    public const int AddressesRemembered = 200;

    public static readonly TimeSpan FirstDelay = TimeSpan.FromSeconds(2);

    public static readonly TimeSpan LongestDelay = TimeSpan.FromMinutes(15);

    /// <summary>Failures this old are forgotten; longer than <see cref="LongestDelay"/>, so waiting out a delay does not reset the count.</summary>
    public static readonly TimeSpan ForgetAfter = TimeSpan.FromHours(1);

    /// <summary>The failures after one more at <paramref name="now"/>.</summary>
    public static SignInFailures AfterFailure(SignInFailures? earlier, DateTimeOffset now) =>
        new(earlier is { } e && IsRecent(e, now) ? e.Count + 1 : 1, now);

    /// <summary>Whether an address may try any account now, given its failures across accounts.</summary>
    public static bool AddressMayTry(SignInFailures? address, DateTimeOffset now) =>
        address is not { } failures || !IsRecent(failures, now) || now >= failures.LastAt + Delay(failures.Count - AddressFreeFailures);

    /// <summary>Whether <paramref name="address"/> may try this account now, given the account's failures by address.</summary>
    public static bool AccountMayTryFrom(IReadOnlyDictionary<string, SignInFailures> failuresByAddress, string address, DateTimeOffset now)
    {
        var recent = failuresByAddress.Values.Where(f => IsRecent(f, now)).Sum(f => f.Count);
        if (recent < AccountFreeFailures || !failuresByAddress.TryGetValue(address, out var mine) || !IsRecent(mine, now))
        {
            return true;
        }

        return now >= mine.LastAt + Delay(mine.Count - 1);
    }

    /// <summary>The account's failures by address after one more from <paramref name="address"/>: recent ones only, at most <see cref="AddressesRemembered"/>.</summary>
    public static Dictionary<string, SignInFailures> AfterFailure(IReadOnlyDictionary<string, SignInFailures> failuresByAddress, string address, DateTimeOffset now)
    {
        failuresByAddress.TryGetValue(address, out var earlier);
        return failuresByAddress
            .Where(pair => pair.Key != address && IsRecent(pair.Value, now))
            .Append(KeyValuePair.Create(address, AfterFailure(failuresByAddress.ContainsKey(address) ? earlier : null, now)))
            .OrderByDescending(pair => pair.Value.LastAt)
            .Take(AddressesRemembered)
            .ToDictionary(pair => pair.Key, pair => pair.Value, StringComparer.Ordinal);
    }

    /// <summary>How long to wait after the last failure: <see cref="FirstDelay"/> doubled per failure beyond the free ones.</summary>
    public static TimeSpan Delay(int failuresBeyondFree) => failuresBeyondFree switch
    {
        < 0 => TimeSpan.Zero,
        // 2 s · 2^9 already passes the longest delay; stop doubling before it overflows.
        > 9 => LongestDelay,
        _ => TimeSpan.FromTicks(Math.Min(FirstDelay.Ticks << failuresBeyondFree, LongestDelay.Ticks)),
    };

    private static bool IsRecent(SignInFailures failures, DateTimeOffset now) => now - failures.LastAt < ForgetAfter;
}
