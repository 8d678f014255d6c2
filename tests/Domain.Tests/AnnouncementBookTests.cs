using Competitions.Domain.Announcements;
using Competitions.Domain.Ledger;

namespace Competitions.Domain.Tests;

/// <summary>Announcements as the ledger stores them: written by <see cref="AnnouncementRows"/>, read back by the book.</summary>
public sealed class AnnouncementBookTests
{
    private const string EventKey = "demo/E1";
    private static readonly DateTimeOffset Sent = new(2026, 10, 12, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void A_message_to_judges_folds_into_its_addressees_and_who_has_acknowledged_it()
    {
        var id = Guid.NewGuid();
        var book = Fold(
        [
            .. AnnouncementRows.Sent(EventKey, id, AnnouncementAudience.Judges, "请到A区集合", null, "organizer", false, ["J1", "J2", "J3"]),
            AnnouncementRows.Acknowledged(EventKey, id, "J2", "tablet-7"),
        ]);

        var message = Assert.Single(book.All);
        Assert.Equal((id, AnnouncementAudience.Judges, "请到A区集合", "organizer", false), (message.Id, message.Audience, message.Text, message.SentBy, message.FromChiefJudge));
        Assert.Equal(["J1", "J2", "J3"], message.Addressees);
        Assert.Equal(["J1", "J3"], message.NotYetAcknowledged);
        Assert.NotNull(message.AcknowledgedAt("J2"));
        Assert.Same(message, Assert.Single(book.AddressedTo("J3")));
        Assert.Empty(book.AddressedTo("J9"));
        Assert.Empty(book.Banners(Sent));
        Assert.Equal(5, book.Sequence);
    }

    [Fact]
    public void A_repeated_acknowledgement_keeps_the_first_time()
    {
        var id = Guid.NewGuid();
        var rows = Chain(
        [
            .. AnnouncementRows.Sent(EventKey, id, AnnouncementAudience.Judges, "请到A区集合", null, "CHIEF", true, ["J1"]),
            AnnouncementRows.Acknowledged(EventKey, id, "J1", null),
            AnnouncementRows.Acknowledged(EventKey, id, "J1", null),
        ]);
        var book = new AnnouncementBook();
        foreach (var row in rows)
        {
            book.Apply(row);
        }

        Assert.Equal(rows[2].RecordedAt, book.Find(id)!.AcknowledgedAt("J1"));
        Assert.True(book.Find(id)!.FromChiefJudge);
    }

    [Fact]
    public void A_banner_shows_until_it_expires_or_is_withdrawn()
    {
        var (lasting, expiring) = (Guid.NewGuid(), Guid.NewGuid());
        var book = Fold(
        [
            .. AnnouncementRows.Sent(EventKey, lasting, AnnouncementAudience.Public, "颁奖典礼16:00开始", null, "organizer", false, []),
            .. AnnouncementRows.Sent(EventKey, expiring, AnnouncementAudience.Public, "午餐12:30", 30, "CHIEF", true, []),
        ]);

        Assert.Equal(Sent.AddMinutes(31), book.Find(expiring)!.ExpiresAt);
        Assert.Equal([expiring, lasting], book.Banners(Sent.AddMinutes(2)).Select(b => b.Id));
        Assert.Equal([lasting], book.Banners(Sent.AddMinutes(31)).Select(b => b.Id));

        book.Apply(Chain([AnnouncementRows.Withdrawn(EventKey, lasting, "organizer")], start: 3)[0]);
        Assert.Empty(book.Banners(Sent.AddMinutes(40)));
        Assert.Equal("organizer", book.Find(lasting)!.WithdrawnBy);
    }

    [Fact]
    public void Rows_name_their_scope_and_resends_get_the_same_ids()
    {
        var id = Guid.NewGuid();
        var sent = AnnouncementRows.Sent(EventKey, id, AnnouncementAudience.Judges, "请到A区集合", null, "organizer", false, ["J1", "J2"]);

        Assert.All(sent, row => Assert.Equal(EventKey, row.EventKey));
        Assert.Equal(id, sent[0].EntryId);
        Assert.Equal(3, sent.Select(r => r.EntryId).Distinct().Count());
        Assert.Equal(AnnouncementRows.Acknowledged(EventKey, id, "J1", "a").EntryId, AnnouncementRows.Acknowledged(EventKey, id, "J1", "b").EntryId);
        Assert.NotEqual(AnnouncementRows.Acknowledged(EventKey, id, "J1", null).EntryId, AnnouncementRows.Acknowledged(EventKey, id, "J2", null).EntryId);
        Assert.Equal(AnnouncementRows.Withdrawn(EventKey, id, "a").EntryId, AnnouncementRows.Withdrawn(EventKey, id, "b").EntryId);
        Assert.All(sent, row => Assert.Null(LedgerEntryRules.Check(row)));
    }

    [Fact]
    public void Rows_of_other_kinds_and_rows_naming_no_known_announcement_change_nothing()
    {
        var book = new AnnouncementBook();

        Assert.False(book.Apply(new LedgerRecord("x", 1, Guid.NewGuid(), "mark-entered", EventKey, "C1", "A1", "J1", "J1", null, 3m, null, null, Sent)));
        Assert.True(book.Apply(Chain([AnnouncementRows.Acknowledged(EventKey, Guid.NewGuid(), "J1", null)], start: 1)[0]));
        Assert.Empty(book.All);
    }

    /// <summary>Stores the drafts in one stream, a minute apart from <see cref="Sent"/>, and folds them.</summary>
    private static AnnouncementBook Fold(IReadOnlyList<LedgerRecord> drafts)
    {
        var book = new AnnouncementBook();
        foreach (var row in Chain(drafts))
        {
            book.Apply(row);
        }

        return book;
    }

    private static List<LedgerRecord> Chain(IReadOnlyList<LedgerRecord> drafts, int start = 0) =>
        [.. drafts.Select((d, i) => d with { Stream = $"announcements:{EventKey}", Sequence = start + i + 1, RecordedAt = Sent.AddMinutes(start + i) })];
}
