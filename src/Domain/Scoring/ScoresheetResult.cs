namespace Competitions.Domain.Scoring;

public sealed record ScoresheetResult(
    IReadOnlyList<AspectOutcome> Aspects,
    IReadOnlyDictionary<string, decimal> CriterionScores,
    decimal PracticalRaw,
    decimal Practical,
    decimal? Theory,
    decimal Total,
    bool IsComplete)
{
    public int MissingMarks => Aspects.Sum(a => a.MissingJudges.Count);

    public int OpenDisputes => Aspects.Count(a => a.Disputed);

    public int SpreadAlerts => Aspects.Count(a => a.SpreadAlert);
}
