namespace Competitions.Web.Security;

public static class Policies
{
    public const string Organizer = "organizer";

    public const string Judge = "judge";

    /// <summary>Organizers and signed-in judges; which judge may do what is decided in the grains.</summary>
    public const string Staff = "staff";
}
