namespace Competitions.Contracts.Announcements;

/// <summary>A banner on a public board: the text and its times only, never who sent it.</summary>
[GenerateSerializer, Immutable]
public sealed record PublicBanner(
    [property: Id(0)] Guid Id,
    [property: Id(1)] string Text,
    [property: Id(2)] DateTimeOffset SentAt,
    [property: Id(3)] DateTimeOffset? ExpiresAt);
