using Competitions.Domain.Validation;

namespace Competitions.Domain.Workflow;

/// <summary>
/// The event's workflow: Setup → Scoring → Locked → Published, forward only. Organizers move it; the chief judge may
/// also lock. What each step further needs (a ready configuration, complete sheets) is checked by the event.
/// </summary>
public static class EventWorkflow
{
    /// <summary>Why <paramref name="actor"/> may not move the event from <paramref name="from"/> to <paramref name="to"/>, or null.</summary>
    public static Refusal? Transition(EventStatus from, EventStatus to, Actor actor, bool isChief)
    {
        bool? allowed = (from, to) switch
        {
            (EventStatus.Setup, EventStatus.Scoring) => actor.IsOrganizer,
            (EventStatus.Scoring, EventStatus.Locked) => actor.IsOrganizer || isChief,
            (EventStatus.Locked, EventStatus.Published) => actor.IsOrganizer,
            _ => null,
        };
        return allowed switch
        {
            null => Refusal.Conflict("status-transition", $"An event cannot move from {from} to {to}."),
            false => Refusal.Forbidden("status-forbidden", $"You may not move this event to {to}."),
            true => null,
        };
    }

    /// <summary>
    /// A request for the status the event already has, from someone who could have made that move: a resend whose
    /// answer was lost. It is answered again rather than refused.
    /// </summary>
    public static bool IsResend(EventStatus current, EventStatus target, Actor actor, bool isChief) =>
        current == target && target != EventStatus.Setup && Transition(target - 1, target, actor, isChief) is null;
}
