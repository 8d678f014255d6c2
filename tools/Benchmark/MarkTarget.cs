namespace Competitions.Benchmark;

/// <summary>One mark a judge may enter; <paramref name="PublicName"/>: how the public board names the competitor (it carries no ids).</summary>
public sealed record MarkTarget(string EventCode, string CompetitorId, string JudgeId, string AspectId, bool IsJudgement, decimal MaxMark, decimal Step, string PublicName);
