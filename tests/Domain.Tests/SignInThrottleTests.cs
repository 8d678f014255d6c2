using Competitions.Domain.Accounts;

namespace Competitions.Domain.Tests;

public sealed class SignInThrottleTests
{
    private static readonly DateTimeOffset Start = new(2026, 5, 1, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    public void An_account_lets_a_failing_address_retry_freely_until_it_has_had_five_failures()
    {
        var failures = FailuresFrom("10.0.0.9", 4, Start);

        Assert.True(SignInThrottle.AccountMayTryFrom(failures, "10.0.0.9", Start));

        failures = SignInThrottle.AfterFailure(failures, "10.0.0.9", Start);

        Assert.False(SignInThrottle.AccountMayTryFrom(failures, "10.0.0.9", Start));
    }

    [Fact]
    public void An_address_that_has_not_failed_may_always_try_an_account_under_attack()
    {
        var failures = FailuresFrom("10.0.0.9", 20, Start);

        Assert.False(SignInThrottle.AccountMayTryFrom(failures, "10.0.0.9", Start.AddMinutes(1)));
        Assert.True(SignInThrottle.AccountMayTryFrom(failures, "192.168.1.5", Start.AddMinutes(1)));
    }

    [Fact]
    public void The_wait_of_a_failing_address_doubles_with_each_failure_up_to_fifteen_minutes()
    {
        Assert.Equal(TimeSpan.FromSeconds(2), SignInThrottle.Delay(0));
        Assert.Equal(TimeSpan.FromSeconds(4), SignInThrottle.Delay(1));
        Assert.Equal(TimeSpan.FromSeconds(64), SignInThrottle.Delay(5));
        Assert.Equal(TimeSpan.FromMinutes(15), SignInThrottle.Delay(9));
        Assert.Equal(TimeSpan.FromMinutes(15), SignInThrottle.Delay(1000));

        // Five failures from one address: it waits 2 s · 2^4 after the last.
        var failures = FailuresFrom("10.0.0.9", 5, Start);
        Assert.False(SignInThrottle.AccountMayTryFrom(failures, "10.0.0.9", Start.AddSeconds(31)));
        Assert.True(SignInThrottle.AccountMayTryFrom(failures, "10.0.0.9", Start.AddSeconds(32)));
    }

    [Fact]
    public void Failures_from_several_addresses_count_together_for_the_account_but_each_waits_for_its_own()
    {
        var failures = FailuresFrom("10.0.0.1", 3, Start);
        failures = SignInThrottle.AfterFailure(failures, "10.0.0.2", Start);
        Assert.True(SignInThrottle.AccountMayTryFrom(failures, "10.0.0.2", Start));

        failures = SignInThrottle.AfterFailure(failures, "10.0.0.2", Start);

        // Five on the account: the address with two failures waits 4 s, the one with three 8 s.
        Assert.True(SignInThrottle.AccountMayTryFrom(failures, "10.0.0.2", Start.AddSeconds(4)));
        Assert.False(SignInThrottle.AccountMayTryFrom(failures, "10.0.0.1", Start.AddSeconds(4)));
        Assert.True(SignInThrottle.AccountMayTryFrom(failures, "10.0.0.1", Start.AddSeconds(8)));
    }

    [Fact]
    public void Failures_older_than_an_hour_are_forgotten()
    {
        var failures = FailuresFrom("10.0.0.9", 12, Start);
        var later = Start + SignInThrottle.ForgetAfter;

        Assert.True(SignInThrottle.AccountMayTryFrom(failures, "10.0.0.9", later));
        var next = SignInThrottle.AfterFailure(failures, "10.0.0.9", later);
        Assert.Equal(1, next["10.0.0.9"].Count);
        Assert.Equal(1, SignInThrottle.AfterFailure(new SignInFailures(30, Start), later).Count);
    }

    [Fact]
    public void An_address_may_fail_ten_times_across_accounts_and_then_waits_longer_each_time()
    {
        SignInFailures? address = null;
        for (var i = 0; i < 9; i++)
        {
            address = SignInThrottle.AfterFailure(address, Start);
        }

        Assert.True(SignInThrottle.AddressMayTry(address, Start));

        address = SignInThrottle.AfterFailure(address, Start);
        Assert.False(SignInThrottle.AddressMayTry(address, Start.AddSeconds(1)));
        Assert.True(SignInThrottle.AddressMayTry(address, Start.AddSeconds(2)));

        address = SignInThrottle.AfterFailure(address, Start.AddSeconds(2));
        Assert.False(SignInThrottle.AddressMayTry(address, Start.AddSeconds(5)));
        Assert.True(SignInThrottle.AddressMayTry(address, Start.AddSeconds(6)));
        Assert.True(SignInThrottle.AddressMayTry(null, Start));
    }

    [Fact]
    public void An_account_remembers_only_the_most_recent_failing_addresses()
    {
        IReadOnlyDictionary<string, SignInFailures> failures = new Dictionary<string, SignInFailures>();
        for (var i = 0; i < SignInThrottle.AddressesRemembered + 50; i++)
        {
            failures = SignInThrottle.AfterFailure(failures, $"10.1.{i / 256}.{i % 256}", Start.AddSeconds(i));
        }

        Assert.Equal(SignInThrottle.AddressesRemembered, failures.Count);
        Assert.DoesNotContain("10.1.0.0", failures.Keys);
        Assert.Contains($"10.1.0.{SignInThrottle.AddressesRemembered + 49}", failures.Keys);
    }

    private static Dictionary<string, SignInFailures> FailuresFrom(string address, int count, DateTimeOffset at)
    {
        var failures = new Dictionary<string, SignInFailures>();
        for (var i = 0; i < count; i++)
        {
            failures = SignInThrottle.AfterFailure(failures, address, at);
        }

        return failures;
    }
}
