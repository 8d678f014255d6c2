namespace Competitions.Domain.Awards;

/// <summary>
/// Prizes one delegation holds, in one event or over a contest. <see cref="Final"/>: none of them can change any more
/// (published, the notice period over, no appeal open).
/// </summary>
public sealed record DelegationPrizes(string Delegation, int First, int Second, int Third, bool Final);
