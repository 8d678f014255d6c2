namespace Competitions.Benchmark;

/// <summary>One mark a judge may enter; <paramref name="PublicName"/>: how the public board names the competitor (it carries no ids).</summary>
public sealed record MarkTarget(string EventCode, string CompetitorId, string JudgeId, string AspectId, bool IsJudgement, decimal MaxMark, decimal Step, string PublicName)
{
    /// <summary>A value the scheme accepts: a judgement 0 to 3, a measurement on the aspect's step up to its maximum.</summary>
    public decimal RandomValue(Random values) =>
        IsJudgement ? values.Next(0, 4) : Step * values.Next(0, (int)(MaxMark / Step) + 1);
}
