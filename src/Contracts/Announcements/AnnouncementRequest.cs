using Competitions.Domain.Announcements;

namespace Competitions.Contracts.Announcements;

/// <summary>
/// An announcement as its sender writes it. <see cref="AnnouncementId"/> is made once by the client, so a resend after
/// a lost answer (or a double click) sends it once. <see cref="ExpiresInMinutes"/>: a public banner may come down by
/// itself; without it, it stays until withdrawn.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record AnnouncementRequest(
    [property: Id(0)] Guid AnnouncementId,
    [property: Id(1)] AnnouncementAudience Audience,
    [property: Id(2)] string Text,
    [property: Id(3)] int? ExpiresInMinutes = null);
