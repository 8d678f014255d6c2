namespace Competitions.Web.Security;

public static class Policies
{
    /// <summary>An organizer of the contest in the route (see <see cref="ContestOrganizerRequirement"/>).</summary>
    public const string Organizer = "organizer";

    public const string Administrator = "administrator";

    /// <summary>Anyone signed in with an account: organizers, arbitrators, team leaders.</summary>
    public const string AccountHolder = "account-holder";

    /// <summary>The arbitration group (仲裁组) of the route's contest.</summary>
    public const string Arbitration = "arbitration";

    /// <summary>Who may read a contest's appeals: its arbitrators, organizers and team leaders (their own only).</summary>
    public const string AppealReaders = "appeal-readers";

    /// <summary>A team leader of the route's contest.</summary>
    public const string TeamLeader = "team-leader";

    public const string Judge = "judge";

    /// <summary>Organizers and signed-in judges; which judge may do what is decided in the grains.</summary>
    public const string Staff = "staff";
}
