namespace Competitions.Contracts.Leaderboards;

/// <summary>
/// Who a board version is for: staff see the live board (a chief judge who marks in a blind event sees it with codes
/// only); the public see it as published (frozen, embargoed), never with internal ids. See <c>VisibilityPolicy</c>.
/// </summary>
public enum BoardAudience
{
    Staff,
    Public,
    StaffCodesOnly,
}
