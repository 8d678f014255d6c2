namespace Competitions.Domain.Scoring;

/// <summary>
/// Published figures are rounded half away from zero to two places at each stage (aspect mark, practical part,
/// total), and later stages are computed from the rounded figures, so anyone can recompute a score sheet by hand.
/// </summary>
public static class Score
{
    public const int Decimals = 2;

    public static decimal Round(decimal value) => Math.Round(value, Decimals, MidpointRounding.AwayFromZero);
}
