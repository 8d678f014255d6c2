namespace Competitions.Contracts.Sessions;

/// <summary>A tablet's session: bound to one judge of one contest until it expires or is revoked.</summary>
[GenerateSerializer, Immutable]
public sealed record JudgeSession(
    [property: Id(0)] string ContestId,
    [property: Id(1)] string JudgeId,
    [property: Id(2)] DateTimeOffset IssuedAt,
    [property: Id(3)] DateTimeOffset ExpiresAt,
    [property: Id(4)] bool Revoked);
