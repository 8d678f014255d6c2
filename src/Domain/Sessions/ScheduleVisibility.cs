using Competitions.Domain.Visibility;

namespace Competitions.Domain.Sessions;

/// <summary>What the public schedule shows of a seat beside its station.</summary>
public static class ScheduleVisibility
{
    /// <summary>
    /// The public board's rule (<see cref="VisibilityPolicy"/>), and one more: judges of a blind event know
    /// competitors by station, so a public name beside a station would unblind them; such a schedule shows codes.
    /// </summary>
    public static BoardVisibility Public(EventPrivacy privacy)
    {
        var board = VisibilityPolicy.Board(BoardView.Public, privacy, BoardMode.Live);
        return privacy.BlindMarking && board.Names
            ? board with { Names = false, BlindCodes = true, Organisations = false }
            : board;
    }
}
