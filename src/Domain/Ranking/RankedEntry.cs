namespace Competitions.Domain.Ranking;

public sealed record RankedEntry(RankingEntry Entry, int Rank);
