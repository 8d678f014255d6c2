namespace Competitions.Web.Security;

public static class CompetitionClaims
{
    public const string Role = "competitions:role";
    public const string JudgeId = "competitions:judge";
    public const string ContestId = "competitions:contest";
    public const string OrganizerRole = "organizer";
    public const string JudgeRole = "judge";

    /// <summary>Present on administrators (and the organizer API key): every contest, accounts, new contests.</summary>
    public const string Administrator = "competitions:admin";

    /// <summary>One per contest a non-administrator organizer runs.</summary>
    public const string Organizes = "competitions:organizes";
}
