namespace Competitions.Contracts.Scoresheets;

/// <summary>The chief judge settles the value of a measurement aspect on which judges disagree.</summary>
[GenerateSerializer, Immutable]
public sealed record DisputeResolution(
    [property: Id(0)] Guid EntryId,
    [property: Id(1)] string AspectId,
    [property: Id(2)] decimal Value,
    [property: Id(3)] string Reason);
