namespace Competitions.Domain.Visibility;

/// <summary>
/// Who sees names, blind codes, internal competitor ids and organisations on an event's boards. Judges of a blind
/// event know competitors by code and id (their tablets use both), so no board a judge can reach may pair a code or
/// an id with a name: the public board carries names or codes, never both, and never the internal id; a chief judge
/// who marks on a panel himself sees codes only.
/// </summary>
public static class VisibilityPolicy
{
    /// <summary>What <paramref name="viewer"/> sees of the event's boards.</summary>
    public static BoardVisibility Decide(Viewer viewer, EventPrivacy privacy, BoardMode mode) =>
        Board(BoardFor(viewer, privacy), privacy, mode);

    /// <summary>
    /// Which board a viewer gets: organizers and the chief judge the live one (with codes only when the chief marks
    /// in a blind event), everyone else the public one.
    /// </summary>
    public static BoardView BoardFor(Viewer viewer, EventPrivacy privacy) => viewer.Role switch
    {
        ViewerRole.Organizer => BoardView.Staff,
        ViewerRole.ChiefJudge when viewer.SitsOnPanel && privacy.BlindMarking => BoardView.StaffCodesOnly,
        ViewerRole.ChiefJudge => BoardView.Staff,
        _ => BoardView.Public,
    };

    /// <summary>What each board shows.</summary>
    public static BoardVisibility Board(BoardView board, EventPrivacy privacy, BoardMode mode) => board switch
    {
        BoardView.Staff => new(board, RowsFrom.Live, InternalIds: true, RowKey.CompetitorId, Names: true, BlindCodes: true, Organisations: true, Honours: true),
        // The chief opens score sheets by id; he knows ids and codes from his tablet already, names he must not learn.
        BoardView.StaffCodesOnly => new(board, RowsFrom.Live, InternalIds: true, RowKey.CompetitorId, Names: false, BlindCodes: true, Organisations: false, Honours: true),
        _ => new(
            board,
            mode switch { BoardMode.Frozen => RowsFrom.Frozen, BoardMode.Hidden => RowsFrom.None, _ => RowsFrom.Live },
            InternalIds: false,
            privacy.PublicNames ? RowKey.PublicKey : RowKey.BlindCode,
            Names: privacy.PublicNames,
            BlindCodes: !privacy.PublicNames,
            // Organisations narrow a code down to a few people; with codes only they wait for publication.
            Organisations: privacy.PublicNames || privacy.Published,
            Honours: privacy.Published),
    };
}
