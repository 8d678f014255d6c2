namespace Competitions.Web.Security;

public static class CompetitionClaims
{
    public const string Role = "competitions:role";
    public const string JudgeId = "competitions:judge";
    public const string ContestId = "competitions:contest";
    public const string OrganizerRole = "organizer";
    public const string JudgeRole = "judge";
}
