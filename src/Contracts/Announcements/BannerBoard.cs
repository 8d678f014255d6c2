namespace Competitions.Contracts.Announcements;

/// <summary>
/// The banners on show on one event's public board (<see cref="EventCode"/> set) or on the contest's. Whole each time:
/// a page replaces what it holds for that board with a <see cref="Version"/> at least as new (the announcement stream's
/// sequence), and drops a banner itself when its <see cref="PublicBanner.ExpiresAt"/> passes.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record BannerBoard(
    [property: Id(0)] string ContestId,
    [property: Id(1)] string? EventCode,
    [property: Id(2)] long Version,
    [property: Id(3)] IReadOnlyList<PublicBanner> Banners);
