namespace Competitions.Domain.Awards;

public enum AwardBand
{
    None,
    First,
    Second,
    Third,
}
