using Competitions.Domain.Ledger;

namespace Competitions.Domain.Announcements;

/// <summary>
/// The announcements of one event or contest: the fold of its announcement stream's rows (<see cref="AnnouncementRows"/>).
/// Its grain keeps one live and rebuilds it from the ledger on activation, so nothing about an announcement is kept
/// anywhere but in the ledger.
/// </summary>
public sealed class AnnouncementBook
{
    private readonly Dictionary<Guid, Announcement> _announcements = [];

    /// <summary>In ledger order: two sent within the clock's resolution are still told apart.</summary>
    private readonly List<Guid> _sent = [];

    /// <summary>The sequence of the last row applied: it grows with every change, so it versions what viewers are sent.</summary>
    public int Sequence { get; private set; }

    /// <summary>Every announcement, newest first.</summary>
    public IReadOnlyList<Announcement> All => [.. Enumerable.Reverse(_sent).Select(id => _announcements[id])];

    public Announcement? Find(Guid id) => _announcements.GetValueOrDefault(id);

    /// <summary>The public banners on show at <paramref name="now"/>, newest first.</summary>
    public IReadOnlyList<Announcement> Banners(DateTimeOffset now) => [.. All.Where(a => a.IsShowing(now))];

    /// <summary>What a judge was sent, newest first.</summary>
    public IReadOnlyList<Announcement> AddressedTo(string judgeId) => [.. All.Where(a => a.IsAddressedTo(judgeId))];

    /// <summary>Applies one row of the stream; false for a kind this version does not know (it is skipped).</summary>
    public bool Apply(LedgerRecord row)
    {
        Sequence = row.Sequence;
        switch (row.Kind)
        {
            case AnnouncementRows.ToJudgesKind or AnnouncementRows.ToPublicKind:
                var audience = row.Kind == AnnouncementRows.ToJudgesKind ? AnnouncementAudience.Judges : AnnouncementAudience.Public;
                if (!_announcements.ContainsKey(row.EntryId))
                {
                    _sent.Add(row.EntryId);
                }

                _announcements[row.EntryId] = new Announcement(
                    row.EntryId, audience, row.Reason ?? string.Empty, row.ActorId, row.JudgeId is not null, row.RecordedAt,
                    row.Value is { } minutes ? row.RecordedAt.AddMinutes((double)minutes) : null, [], new Dictionary<string, DateTimeOffset>());
                return true;
            case AnnouncementRows.AddressedKind:
                Change(row, a => a with { Addressees = [.. a.Addressees.Append(row.JudgeId!).Distinct().Order(StringComparer.Ordinal)] });
                return true;
            case AnnouncementRows.AcknowledgedKind:
                Change(row, a => a.Acknowledgements.ContainsKey(row.JudgeId!)
                    ? a
                    : a with { Acknowledgements = new Dictionary<string, DateTimeOffset>(a.Acknowledgements) { [row.JudgeId!] = row.RecordedAt } });
                return true;
            case AnnouncementRows.WithdrawnKind:
                Change(row, a => a.WithdrawnAt is null ? a with { WithdrawnBy = row.ActorId, WithdrawnAt = row.RecordedAt } : a);
                return true;
            default:
                return false;
        }
    }

    private void Change(LedgerRecord row, Func<Announcement, Announcement> change)
    {
        if (AnnouncementRows.ReferencedAnnouncement(row) is { } id && _announcements.TryGetValue(id, out var announcement))
        {
            _announcements[id] = change(announcement);
        }
    }
}
