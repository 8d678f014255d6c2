namespace Competitions.Contracts.Scoresheets;

/// <summary>One judge's part of a score sheet: only his own marks, as his tablet shows them; whether the competitor is absent (缺考).</summary>
[GenerateSerializer, Immutable]
public sealed record JudgeSheetView(
    [property: Id(0)] string CompetitorId,
    [property: Id(1)] IReadOnlyList<AspectMark> Marks,
    [property: Id(2)] bool Submitted,
    [property: Id(3)] IReadOnlyList<RemarkRequestView> RemarkRequests,
    [property: Id(4)] bool Absent = false);
