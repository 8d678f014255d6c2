using Competitions.Domain.Announcements;

namespace Competitions.Contracts.Announcements;

/// <summary>An announcement as its senders follow it: to whom it went, who has acknowledged it, whether it still shows.</summary>
/// <param name="SentBy">The organizer's account or the chief judge's id.</param>
/// <param name="IsShowing">A public banner still on show (not withdrawn, not expired).</param>
[GenerateSerializer, Immutable]
public sealed record AnnouncementView(
    [property: Id(0)] Guid Id,
    [property: Id(1)] AnnouncementAudience Audience,
    [property: Id(2)] string Text,
    [property: Id(3)] string SentBy,
    [property: Id(4)] bool FromChiefJudge,
    [property: Id(5)] DateTimeOffset SentAt,
    [property: Id(6)] DateTimeOffset? ExpiresAt,
    [property: Id(7)] DateTimeOffset? WithdrawnAt,
    [property: Id(8)] string? WithdrawnBy,
    [property: Id(9)] bool IsShowing,
    [property: Id(10)] IReadOnlyList<AddresseeView> Addressees);
