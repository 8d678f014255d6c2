using System.Security.Cryptography;
using System.Text;
using Competitions.Domain.Ledger;

namespace Competitions.Domain.Announcements;

/// <summary>
/// How announcements are written in the ledger, and the only place that knows it (<see cref="AnnouncementBook"/> reads
/// it back). One row says what was sent, to which audience (in its kind), by whom (actor; judge too when the chief
/// judge sent it), the text (reason) and, for a banner that expires, its minutes on show (value). The rows that follow name the announcement by its id in their
/// reason: one per addressee (judge), one per acknowledgement (judge, tablet) and one for a withdrawal. Every row after
/// the first has an id that follows from the announcement, so a resent acknowledgement or withdrawal is stored once.
/// </summary>
public static class AnnouncementRows
{
    public const string ToJudgesKind = "announcement-to-judges";
    public const string ToPublicKind = "announcement-to-public";
    public const string AddressedKind = "announcement-addressed";
    public const string AcknowledgedKind = "announcement-acknowledged";
    public const string WithdrawnKind = "announcement-withdrawn";

    /// <summary>The rows of a new announcement, to be stored together: what was said, then one row per addressee.</summary>
    /// <param name="scopeKey">The event's key, or the contest's id for its public board: the rows' event key.</param>
    public static IReadOnlyList<LedgerRecord> Sent(
        string scopeKey, Guid announcementId, AnnouncementAudience audience, string text, int? expiresInMinutes, string sentBy, bool fromChiefJudge,
        IReadOnlyList<string> addressees) =>
    [
        Draft(scopeKey, announcementId, audience == AnnouncementAudience.Judges ? ToJudgesKind : ToPublicKind, fromChiefJudge ? sentBy : null, sentBy, null, expiresInMinutes, text),
        .. addressees.Select(judgeId => Draft(scopeKey, EntryId(announcementId, $"addressed/{judgeId}"), AddressedKind, judgeId, sentBy, null, null, Reference(announcementId))),
    ];

    public static LedgerRecord Acknowledged(string scopeKey, Guid announcementId, string judgeId, string? deviceId) =>
        Draft(scopeKey, AcknowledgementId(announcementId, judgeId), AcknowledgedKind, judgeId, judgeId, deviceId, null, Reference(announcementId));

    public static LedgerRecord Withdrawn(string scopeKey, Guid announcementId, string actorId) =>
        Draft(scopeKey, EntryId(announcementId, "withdrawn"), WithdrawnKind, null, actorId, null, null, Reference(announcementId));

    /// <summary>A judge acknowledges an announcement once: his row's id follows from the two.</summary>
    public static Guid AcknowledgementId(Guid announcementId, string judgeId) => EntryId(announcementId, $"acknowledged/{judgeId}");

    /// <summary>The announcement a row after the first belongs to, or null for a row that names none.</summary>
    public static Guid? ReferencedAnnouncement(LedgerRecord row) => Guid.TryParseExact(row.Reason, "D", out var id) ? id : null;

    private static string Reference(Guid announcementId) => announcementId.ToString("D");

    private static Guid EntryId(Guid announcementId, string what) =>
        new(SHA256.HashData(Encoding.UTF8.GetBytes($"announcement/{announcementId:N}/{what}"))[..16]);

    private static LedgerRecord Draft(
        string scopeKey, Guid entryId, string kind, string? judgeId, string actorId, string? deviceId, decimal? value, string reason) =>
        new(string.Empty, 0, entryId, kind, scopeKey, null, null, judgeId, actorId, deviceId, value, null, reason, default);
}
