namespace Competitions.Domain.Announcements;

/// <summary>
/// Where an announcement is made: one event, whose chief judge may announce there too, or a whole contest, whose
/// public board (contest home and big screens) only organizers address.
/// </summary>
public sealed record AnnouncementScope(bool IsContest, string? ChiefJudgeId)
{
    public static AnnouncementScope Contest { get; } = new(true, null);

    public static AnnouncementScope Event(string? chiefJudgeId) => new(false, chiefJudgeId);
}
