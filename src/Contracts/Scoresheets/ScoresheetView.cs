using Competitions.Domain.CheckIn;

namespace Competitions.Contracts.Scoresheets;

[GenerateSerializer, Immutable]
public sealed record ScoresheetView(
    [property: Id(0)] string EventKey,
    [property: Id(1)] string CompetitorId,
    [property: Id(2)] int LedgerSequence,
    [property: Id(3)] IReadOnlyList<AspectView> Aspects,
    [property: Id(4)] IReadOnlyDictionary<string, decimal> CriterionScores,
    [property: Id(5)] decimal PracticalRaw,
    [property: Id(6)] decimal Practical,
    [property: Id(7)] decimal? Theory,
    [property: Id(8)] decimal Total,
    [property: Id(9)] bool IsComplete,
    [property: Id(10)] IReadOnlyList<string> SubmittedBy,
    [property: Id(11)] Attendance Attendance = Attendance.Unknown);
