namespace Competitions.Contracts.Scoresheets;

/// <summary>
/// The chief judge settles the value of a measurement aspect on which judges disagree. After publication this only
/// happens for an appeal the arbitration group upheld for this competitor: <see cref="AppealId"/> names it.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record DisputeResolution(
    [property: Id(0)] Guid EntryId,
    [property: Id(1)] string AspectId,
    [property: Id(2)] decimal Value,
    [property: Id(3)] string Reason,
    [property: Id(4)] Guid? AppealId = null);
