namespace Competitions.Domain.Announcements;

/// <summary>
/// One announcement as its ledger rows tell it: what was said, by whom, to whom, who has acknowledged it (judges'
/// messages) and whether it was withdrawn or expires (public banners).
/// </summary>
/// <param name="SentBy">The organizer's account or the chief judge's id.</param>
/// <param name="Addressees">The judges it was sent to, fixed when it was sent: a judge added to a panel later was not told.</param>
/// <param name="Acknowledgements">Each addressee who acknowledged it, with when.</param>
public sealed record Announcement(
    Guid Id,
    AnnouncementAudience Audience,
    string Text,
    string SentBy,
    bool FromChiefJudge,
    DateTimeOffset SentAt,
    DateTimeOffset? ExpiresAt,
    IReadOnlyList<string> Addressees,
    IReadOnlyDictionary<string, DateTimeOffset> Acknowledgements,
    string? WithdrawnBy = null,
    DateTimeOffset? WithdrawnAt = null)
{
    public bool IsAddressedTo(string judgeId) => Addressees.Contains(judgeId, StringComparer.Ordinal);

    public DateTimeOffset? AcknowledgedAt(string judgeId) => Acknowledgements.TryGetValue(judgeId, out var at) ? at : null;

    /// <summary>The addressees still to acknowledge, in id order.</summary>
    public IReadOnlyList<string> NotYetAcknowledged => [.. Addressees.Where(j => !Acknowledgements.ContainsKey(j))];

    /// <summary>A public banner is shown from when it is sent until it is withdrawn or its time runs out.</summary>
    public bool IsShowing(DateTimeOffset now) =>
        Audience == AnnouncementAudience.Public && WithdrawnAt is null && (ExpiresAt is null || now < ExpiresAt);
}
