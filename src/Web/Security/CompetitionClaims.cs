namespace Competitions.Web.Security;

public static class CompetitionClaims
{
    public const string Role = "competitions:role";
    public const string JudgeId = "competitions:judge";
    public const string ContestId = "competitions:contest";
    public const string OrganizerRole = "organizer";
    public const string JudgeRole = "judge";
    public const string ArbitratorRole = "arbitrator";
    public const string TeamLeaderRole = "team-leader";

    /// <summary>When the password the cookie was issued for was set: a new password ends older sessions.</summary>
    public const string PasswordSetAt = "competitions:password-set-at";

    /// <summary>A team leader's delegation: he appeals for its competitors only.</summary>
    public const string Delegation = "competitions:delegation";

    /// <summary>Present on administrators (and the organizer API key): every contest, accounts, new contests.</summary>
    public const string Administrator = "competitions:admin";

    /// <summary>
    /// The session behind a principal: a judge's session grain key (the token's hash), or a console cookie's random id
    /// given at sign-in. Live connections are registered under it so revocation can find and close them.
    /// </summary>
    public const string Session = "competitions:session";

    /// <summary>One per contest an account (other than an administrator's) belongs to.</summary>
    public const string Contest = "competitions:member-of";
}
