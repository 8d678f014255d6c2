namespace Competitions.Grains;

/// <summary>
/// The clock the contest's rules run on: notice periods, appeal deadlines, ledger times, snapshots. Grain tests give it a
/// fake <see cref="TimeProvider"/> to move days in a millisecond, without touching the clock the Orleans runtime itself
/// runs its timeouts and membership on.
/// </summary>
public sealed class ContestClock(TimeProvider time)
{
    public TimeProvider Time { get; } = time;

    public DateTimeOffset Now => Time.GetUtcNow();
}
