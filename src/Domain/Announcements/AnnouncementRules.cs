using Competitions.Domain.Text;
using Competitions.Domain.Validation;
using Competitions.Domain.Workflow;

namespace Competitions.Domain.Announcements;

/// <summary>
/// Who may announce what to whom, what an announcement may say, and who acknowledges or withdraws it: null when the
/// command may be stored, else the refusal. The grain loads the book and the scope, asks here, appends and pushes.
/// </summary>
public static class AnnouncementRules
{
    /// <summary>A banner is read across a hall and a message on a tablet between two competitors: a few sentences.</summary>
    public const int TextMax = 500;

    /// <summary>A banner that expires does so within the week a contest lasts.</summary>
    public const int ExpiryMaxMinutes = 7 * 24 * 60;

    /// <summary>
    /// Organizers announce to any event's judges and public board and to the contest's public board; a chief judge only
    /// in his own event; nobody else (judges, arbitrators, team leaders, the public). Staff who may announce somewhere
    /// also follow what was announced there and who has acknowledged it.
    /// </summary>
    public static Refusal? MayAnnounce(Actor actor, AnnouncementScope scope)
    {
        if (actor.IsOrganizer)
        {
            return null;
        }

        if (scope.IsContest)
        {
            return Refusal.Forbidden("organizers-only", "Only organizers announce on the contest's public board.");
        }

        return actor.JudgeId is { } judge && judge == scope.ChiefJudgeId
            ? null
            : Refusal.Forbidden("chief-judge-only", "Only organizers and the event's chief judge make announcements in an event.");
    }

    /// <param name="addressees">How many judges a message to judges would reach (<see cref="Addressees"/>).</param>
    public static Refusal? Send(Actor actor, AnnouncementScope scope, AnnouncementAudience audience, string? text, int? expiresInMinutes, int addressees)
    {
        if (MayAnnounce(actor, scope) is { } forbidden)
        {
            return forbidden;
        }

        if (!Enum.IsDefined(audience) || (scope.IsContest && audience == AnnouncementAudience.Judges))
        {
            return Refusal.Invalid("announcement-audience",
                "An event's announcements go to its judges or its public board; a contest's go to its public board only.");
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            return Refusal.Invalid("announcement-text-required", "An announcement needs a text.");
        }

        if (FreeText.Check("text", text, TextMax, multiline: true) is { } problem)
        {
            return Refusal.Invalid(problem.Code, problem.Reason);
        }

        if (expiresInMinutes is { } minutes && (audience != AnnouncementAudience.Public || minutes is < 1 or > ExpiryMaxMinutes))
        {
            return Refusal.Invalid("announcement-expiry",
                $"Only a public banner expires, after 1 to {ExpiryMaxMinutes} minutes; messages to judges stay until each has acknowledged them.");
        }

        return audience == AnnouncementAudience.Judges && addressees == 0
            ? Refusal.Conflict("announcement-no-judges", "No judge sits on this event's panels yet, so there is no one to tell.")
            : null;
    }

    /// <summary>
    /// Whom a message to an event's judges reaches: every judge on its panels and its chief judge, in id order, except
    /// the sender (a chief judge does not acknowledge his own message).
    /// </summary>
    public static IReadOnlyList<string> Addressees(IEnumerable<string> panelJudges, string? chiefJudgeId, Actor sender) =>
        [.. panelJudges.Append(chiefJudgeId).OfType<string>().Distinct().Where(j => j != sender.JudgeId).Order(StringComparer.Ordinal)];

    /// <summary>
    /// Only a judge the message was sent to acknowledges it; a repeat is no refusal (the grain answers it with the first
    /// acknowledgement). A public banner is acknowledged by no one.
    /// </summary>
    public static Refusal? Acknowledge(Announcement? announcement, Actor actor)
    {
        if (announcement is null)
        {
            return NotFound();
        }

        return actor.JudgeId is { } judge && announcement.Audience == AnnouncementAudience.Judges && announcement.IsAddressedTo(judge)
            ? null
            : Refusal.Forbidden("announcement-not-addressed", "Only a judge this message was sent to acknowledges it.");
    }

    /// <summary>
    /// A public banner is withdrawn by whoever may announce there; a message to judges stays, since each judge
    /// acknowledges it. Withdrawing a withdrawn banner again is no refusal (the grain answers it with the first).
    /// </summary>
    public static Refusal? Withdraw(Announcement? announcement, Actor actor, AnnouncementScope scope)
    {
        if (announcement is null)
        {
            return NotFound();
        }

        if (MayAnnounce(actor, scope) is { } forbidden)
        {
            return forbidden;
        }

        return announcement.Audience == AnnouncementAudience.Public
            ? null
            : Refusal.Conflict("announcement-not-withdrawable", "A message to judges is not withdrawn: send a correction instead.");
    }

    private static Refusal NotFound() => new(RefusalKind.NotFound, "announcement-not-found", "There is no such announcement here.");
}
