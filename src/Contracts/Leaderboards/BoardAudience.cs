namespace Competitions.Contracts.Leaderboards;

/// <summary>Who a board version is for: staff see the live board; the public see it as published (frozen, embargoed).</summary>
public enum BoardAudience
{
    Staff,
    Public,
}
