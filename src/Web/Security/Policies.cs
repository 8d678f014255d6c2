namespace Competitions.Web.Security;

public static class Policies
{
    /// <summary>An organizer of the contest in the route (see <see cref="ContestOrganizerRequirement"/>).</summary>
    public const string Organizer = "organizer";

    /// <summary>Any signed-in organizer, whatever contests he runs (the console's contest list, his own account).</summary>
    public const string AnyOrganizer = "any-organizer";

    public const string Administrator = "administrator";

    public const string Judge = "judge";

    /// <summary>Organizers and signed-in judges; which judge may do what is decided in the grains.</summary>
    public const string Staff = "staff";
}
