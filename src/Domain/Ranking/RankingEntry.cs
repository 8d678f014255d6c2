namespace Competitions.Domain.Ranking;

/// <summary>One competitor's figures for ranking; <paramref name="Absent"/>: marked absent (缺考), so not ranked.</summary>
public sealed record RankingEntry(
    string CompetitorId,
    decimal Total,
    decimal Practical,
    IReadOnlyDictionary<string, decimal> CriterionScores,
    TimeSpan? TimeUsed,
    bool Absent = false);
