namespace Competitions.Domain.Visibility;

/// <summary>Who looks at an event's board. Team leaders and panel judges see what the public sees.</summary>
public enum ViewerRole
{
    Public,
    TeamLeader,
    Judge,
    ChiefJudge,
    Organizer,
}
