using Competitions.Domain.Visibility;

namespace Competitions.Domain.Tests;

public sealed class VisibilityPolicyTests
{
    // Role, sits on a panel, blind marking, public names, mode → board, rows, internal ids, names, codes, organisations.
    [Theory]
    // Organizers see everything, whatever the public sees.
    [InlineData(ViewerRole.Organizer, false, true, true, BoardMode.Live, BoardView.Staff, RowsFrom.Live, true, true, true, true)]
    [InlineData(ViewerRole.Organizer, false, true, false, BoardMode.Hidden, BoardView.Staff, RowsFrom.Live, true, true, true, true)]
    // A chief judge who does not mark sees names; one who marks in a blind event sees codes only.
    [InlineData(ViewerRole.ChiefJudge, false, true, true, BoardMode.Frozen, BoardView.Staff, RowsFrom.Live, true, true, true, true)]
    [InlineData(ViewerRole.ChiefJudge, true, true, true, BoardMode.Live, BoardView.StaffCodesOnly, RowsFrom.Live, true, false, true, false)]
    [InlineData(ViewerRole.ChiefJudge, true, true, false, BoardMode.Frozen, BoardView.StaffCodesOnly, RowsFrom.Live, true, false, true, false)]
    // Judges who mark by name anyway learn nothing from names.
    [InlineData(ViewerRole.ChiefJudge, true, false, true, BoardMode.Live, BoardView.Staff, RowsFrom.Live, true, true, true, true)]
    // Everyone else sees the public board: never internal ids, names or codes, never both.
    [InlineData(ViewerRole.Public, false, true, true, BoardMode.Live, BoardView.Public, RowsFrom.Live, false, true, false, true)]
    [InlineData(ViewerRole.Public, false, true, false, BoardMode.Live, BoardView.Public, RowsFrom.Live, false, false, true, false)]
    [InlineData(ViewerRole.Public, false, true, true, BoardMode.Frozen, BoardView.Public, RowsFrom.Frozen, false, true, false, true)]
    [InlineData(ViewerRole.Public, false, true, true, BoardMode.Hidden, BoardView.Public, RowsFrom.None, false, true, false, true)]
    [InlineData(ViewerRole.Judge, true, true, true, BoardMode.Live, BoardView.Public, RowsFrom.Live, false, true, false, true)]
    [InlineData(ViewerRole.Judge, true, false, false, BoardMode.Live, BoardView.Public, RowsFrom.Live, false, false, true, false)]
    [InlineData(ViewerRole.TeamLeader, false, true, true, BoardMode.Hidden, BoardView.Public, RowsFrom.None, false, true, false, true)]
    [InlineData(ViewerRole.TeamLeader, false, true, false, BoardMode.Frozen, BoardView.Public, RowsFrom.Frozen, false, false, true, false)]
    public void Each_viewer_sees_what_the_table_says(
        ViewerRole role, bool sitsOnPanel, bool blindMarking, bool publicNames, BoardMode mode,
        BoardView board, RowsFrom rows, bool internalIds, bool names, bool codes, bool organisations)
    {
        var shown = VisibilityPolicy.Decide(new Viewer(role, sitsOnPanel), new EventPrivacy(blindMarking, publicNames, Published: false), mode);

        Assert.Equal((board, rows, internalIds, names, codes, organisations), (shown.Board, shown.Rows, shown.InternalIds, shown.Names, shown.BlindCodes, shown.Organisations));
    }

    [Theory]
    [InlineData(ViewerRole.Organizer, false)]
    [InlineData(ViewerRole.ChiefJudge, false)]
    [InlineData(ViewerRole.ChiefJudge, true)]
    [InlineData(ViewerRole.Judge, true)]
    [InlineData(ViewerRole.TeamLeader, false)]
    [InlineData(ViewerRole.Public, false)]
    public void No_board_pairs_a_name_with_a_code_or_an_id_for_anyone_who_marks_or_sees_the_public_board(ViewerRole role, bool sitsOnPanel)
    {
        foreach (var (publicNames, published, mode) in from n in new[] { true, false } from p in new[] { true, false } from m in Enum.GetValues<BoardMode>() select (n, p, m))
        {
            var shown = VisibilityPolicy.Decide(new Viewer(role, sitsOnPanel), new EventPrivacy(BlindMarking: true, publicNames, published), mode);
            if (sitsOnPanel || shown.Board == BoardView.Public)
            {
                Assert.False(shown.Names && (shown.BlindCodes || shown.InternalIds), $"{role} {publicNames} {published} {mode}");
            }
        }
    }

    [Theory]
    [InlineData(false, false, false)]
    [InlineData(false, true, true)]
    [InlineData(true, false, true)]
    public void With_codes_only_organisations_wait_for_publication(bool publicNames, bool published, bool organisations)
    {
        var shown = VisibilityPolicy.Decide(new Viewer(ViewerRole.Public), new EventPrivacy(true, publicNames, published), BoardMode.Live);

        Assert.Equal((organisations, published), (shown.Organisations, shown.Honours));
    }

    [Theory]
    [InlineData(ViewerRole.Organizer, false, true, RowKey.CompetitorId)]
    [InlineData(ViewerRole.ChiefJudge, true, false, RowKey.CompetitorId)]
    [InlineData(ViewerRole.Public, false, true, RowKey.PublicKey)]
    [InlineData(ViewerRole.Judge, true, false, RowKey.BlindCode)]
    public void Public_rows_are_keyed_by_code_when_codes_are_shown_and_by_an_opaque_key_beside_names(ViewerRole role, bool sitsOnPanel, bool publicNames, RowKey key) =>
        Assert.Equal(key, VisibilityPolicy.Decide(new Viewer(role, sitsOnPanel), new EventPrivacy(true, publicNames, false), BoardMode.Live).Key);

    [Fact]
    public void A_public_row_key_is_stable_per_secret_and_hides_the_competitor_id()
    {
        var secret = PublicRowKey.NewSecret();
        var key = PublicRowKey.Of(secret, "contest/E1", "C2");

        Assert.Equal(key, PublicRowKey.Of(secret, "contest/E1", "C2"));
        Assert.NotEqual(key, PublicRowKey.Of(secret, "contest/E1", "C3"));
        Assert.NotEqual(key, PublicRowKey.Of(secret, "contest/E2", "C2"));
        Assert.NotEqual(key, PublicRowKey.Of(PublicRowKey.NewSecret(), "contest/E1", "C2"));
        Assert.Equal(20, key.Length);
    }
}
