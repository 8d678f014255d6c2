namespace Competitions.Benchmark;

/// <summary>One mark a judge may legitimately enter: his aspect of a competitor he is not recused from.</summary>
public sealed record MarkTarget(string EventCode, string CompetitorId, string JudgeId, string AspectId, bool IsJudgement, decimal MaxMark, decimal Step);
