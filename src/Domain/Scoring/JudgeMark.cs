namespace Competitions.Domain.Scoring;

/// <summary>The current value one judge gives one aspect of one competitor.</summary>
public sealed record JudgeMark(string AspectId, string JudgeId, decimal Value);
