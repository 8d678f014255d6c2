namespace Competitions.Contracts.Events;

/// <summary>A judge who must not mark a competitor. Same-organisation recusals are computed; these are added by hand.</summary>
[GenerateSerializer, Immutable]
public sealed record Recusal([property: Id(0)] string JudgeId, [property: Id(1)] string CompetitorId, [property: Id(2)] string Reason);
