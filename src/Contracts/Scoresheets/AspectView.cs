using Competitions.Domain.Scheme;

namespace Competitions.Contracts.Scoresheets;

[GenerateSerializer, Immutable]
public sealed record AspectView(
    [property: Id(0)] string AspectId,
    [property: Id(1)] string CriterionId,
    [property: Id(2)] AspectKind Kind,
    [property: Id(3)] decimal MaxMark,
    [property: Id(4)] decimal? Mark,
    [property: Id(5)] IReadOnlyList<JudgeMarkView> JudgeMarks,
    [property: Id(6)] IReadOnlyList<string> MissingJudges,
    [property: Id(7)] bool Disputed,
    [property: Id(8)] bool SpreadAlert);
