namespace Competitions.Domain.Awards;

/// <summary>First/second/third prize, or gold/silver/bronze when prizes go by rank; Merit is the 优胜奖.</summary>
public enum AwardBand
{
    None,
    First,
    Second,
    Third,
    Merit,
}
