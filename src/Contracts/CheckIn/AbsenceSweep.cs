namespace Competitions.Contracts.CheckIn;

/// <summary>
/// What ending check-in did: how many waiting competitors it marked absent, and how many it left waiting because
/// judges had marked them already (they were there: check them in).
/// </summary>
[GenerateSerializer, Immutable]
public sealed record AbsenceSweep(
    [property: Id(0)] int MarkedAbsent,
    [property: Id(1)] int MarkedButNotCheckedIn);
