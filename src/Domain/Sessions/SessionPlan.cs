using Competitions.Domain.Validation;
using Competitions.Domain.Workflow;

namespace Competitions.Domain.Sessions;

/// <summary>
/// Seats an event's competitors in its sessions, in the order of the draw of lots: the same draw gives the same plan.
/// The field is spread as evenly as capacities allow (81 competitors in three sessions of 30 stations sit 27, 27, 27,
/// not 30, 30, 21), each session taking a consecutive run of drawn numbers, stations numbered from 1 in that order.
/// </summary>
public static class SessionPlan
{
    /// <summary>
    /// Only organizers seat the field, and only in Setup, from a draw that covers today's roster: the station a judge's
    /// tablet shows and the check-in desk looks competitors up by must not move once marking has started.
    /// </summary>
    public static Refusal? Opening(Actor actor, EventStatus status, bool drawCoversRoster) =>
        !actor.IsOrganizer ? Refusal.Forbidden("organizers-only", "Only organizers seat competitors in sessions.")
        : status != EventStatus.Setup ? Refusal.Conflict("sessions-closed", $"Competitors are seated before marking starts; the event is {status}.")
        : !drawCoversRoster ? Refusal.Conflict("draw-required", "Draw lots for the whole roster first: sessions follow the drawn order.")
        : null;

    /// <summary>
    /// The capacities asked for, in the order the event's sessions run. A session the organizer left out gets no
    /// seats (and so is refused by <see cref="Check"/>); a name the event does not define is refused here.
    /// </summary>
    public static (IReadOnlyList<SessionCapacity> Sessions, FieldProblem? Problem) Capacities(
        IReadOnlyList<PlannedSession> defined, IReadOnlyDictionary<string, int> asked)
    {
        if (defined.Count == 0)
        {
            return ([], new("sessions", "sessions-undefined", "Define the event's sessions (name, start, end) first."));
        }

        if (defined.GroupBy(s => s.Name, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1) is { } repeated)
        {
            return ([], new("sessions", "session-name-repeated", $"Two sessions are both called {repeated.Key}: seats name their session."));
        }

        if (asked.Keys.FirstOrDefault(name => defined.All(s => s.Name != name)) is { } unknown)
        {
            return ([], new("capacities", "session-unknown", $"The event has no session called {unknown}."));
        }

        return ([.. defined.OrderBy(s => s.StartsAt).Select(s => new SessionCapacity(s.Name, asked.GetValueOrDefault(s.Name)))], null);
    }

    public static FieldProblem? Check(int competitors, IReadOnlyList<SessionCapacity> sessions, int stations)
    {
        if (stations < 1)
        {
            return new("stations", "stations-required", "Say how many stations the venue has (at least one).");
        }

        if (sessions.Count == 0 || sessions.Any(s => s.Capacity < 1))
        {
            return new("sessions", "sessions-required", "Every session needs a capacity of at least one competitor.");
        }

        var room = sessions.Sum(s => Math.Min(s.Capacity, stations));
        return competitors > room
            ? new("sessions", "sessions-too-small", $"{competitors} competitors, but the sessions seat {room} at most ({stations} stations): add a session or stations.")
            : null;
    }

    /// <param name="drawOrder">Competitor ids in drawn order (by the number each drew).</param>
    public static IReadOnlyList<SessionSeat> Assign(IReadOnlyList<string> drawOrder, IReadOnlyList<SessionCapacity> sessions, int stations)
    {
        if (Check(drawOrder.Count, sessions, stations) is { } problem)
        {
            throw new ArgumentException(problem.Reason, nameof(sessions));
        }

        var sizes = EvenSizes(drawOrder.Count, [.. sessions.Select(s => Math.Min(s.Capacity, stations))]);
        var seats = new List<SessionSeat>(drawOrder.Count);
        var next = 0;
        for (var i = 0; i < sessions.Count; i++)
        {
            for (var station = 1; station <= sizes[i]; station++)
            {
                seats.Add(new SessionSeat(drawOrder[next++], sessions[i].Name, station));
            }
        }

        return seats;
    }

    /// <summary>
    /// Sizes as equal as the capacities allow, earlier sessions taking the odd competitor: one competitor at a time
    /// to the session with the fewest so far that still has room.
    /// </summary>
    private static int[] EvenSizes(int competitors, int[] room)
    {
        var sizes = new int[room.Length];
        for (var placed = 0; placed < competitors; placed++)
        {
            var pick = -1;
            for (var i = 0; i < room.Length; i++)
            {
                if (sizes[i] < room[i] && (pick < 0 || sizes[i] < sizes[pick]))
                {
                    pick = i;
                }
            }

            sizes[pick]++;
        }

        return sizes;
    }
}
