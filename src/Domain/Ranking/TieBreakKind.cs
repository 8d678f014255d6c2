namespace Competitions.Domain.Ranking;

public enum TieBreakKind
{
    /// <summary>Higher practical part ranks first.</summary>
    PracticalScore,

    /// <summary>Higher score in the named criterion ranks first.</summary>
    CriterionScore,

    /// <summary>Less time used ranks first; a competitor without a recorded time ranks after those with one.</summary>
    TimeUsed,
}
