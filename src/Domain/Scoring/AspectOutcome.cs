namespace Competitions.Domain.Scoring;

/// <summary>
/// The result of one aspect on one score sheet. <see cref="Mark"/> is null while no usable value exists
/// (nothing entered yet, or a measurement dispute is open).
/// </summary>
public sealed record AspectOutcome(
    string AspectId,
    decimal? Mark,
    IReadOnlyList<string> MissingJudges,
    bool Disputed,
    bool SpreadAlert);
