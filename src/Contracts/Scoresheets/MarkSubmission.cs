namespace Competitions.Contracts.Scoresheets;

/// <summary>
/// A judge's mark for one aspect. <see cref="MarkId"/> is generated on the tablet: resending the same id is answered
/// with the first receipt and stores nothing new.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record MarkSubmission(
    [property: Id(0)] Guid MarkId,
    [property: Id(1)] string JudgeId,
    [property: Id(2)] string AspectId,
    [property: Id(3)] decimal Value,
    [property: Id(4)] string? DeviceId = null);
