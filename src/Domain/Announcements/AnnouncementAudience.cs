namespace Competitions.Domain.Announcements;

/// <summary>Who an announcement is for: the judges of one event (on their tablets, each acknowledges it), or a public board.</summary>
public enum AnnouncementAudience
{
    Judges,
    Public,
}
