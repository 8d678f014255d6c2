namespace Competitions.Domain.Ranking;

public sealed record RankingEntry(
    string CompetitorId,
    decimal Total,
    decimal Practical,
    IReadOnlyDictionary<string, decimal> CriterionScores,
    TimeSpan? TimeUsed);
