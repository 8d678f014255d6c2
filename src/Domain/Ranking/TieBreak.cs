namespace Competitions.Domain.Ranking;

public sealed record TieBreak(TieBreakKind Kind, string? CriterionId = null)
{
    public static IReadOnlyList<TieBreak> Default { get; } = [new(TieBreakKind.PracticalScore)];
}
