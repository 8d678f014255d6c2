using Competitions.Domain.Awards;

namespace Competitions.Contracts.Leaderboards;

/// <summary>Prizes one delegation (a city district, company or college) holds, in one event or over the contest.</summary>
[GenerateSerializer, Immutable]
public sealed record DelegationAwards(
    [property: Id(0)] string Delegation,
    [property: Id(1)] int First,
    [property: Id(2)] int Second,
    [property: Id(3)] int Third,
    [property: Id(4)] bool Final)
{
    public static DelegationAwards Of(DelegationPrizes prizes) => new(prizes.Delegation, prizes.First, prizes.Second, prizes.Third, prizes.Final);

    public DelegationPrizes ToPrizes() => new(Delegation, First, Second, Third, Final);
}
