using Competitions.Domain.CheckIn;

namespace Competitions.Domain.Sessions;

/// <summary>
/// Which session of an event is competing at a moment of the contest's local time, which comes next, and how far each
/// is behind its plan, from nothing but the plan and each seat's state: check-ins and submissions drive it live.
/// </summary>
public static class SessionProgress
{
    /// <summary>An absence decides first (an absent competitor has nothing to submit), then a complete sheet, then the desk.</summary>
    public static SeatState SeatStateOf(Attendance attendance, bool sheetComplete) => attendance switch
    {
        Attendance.Absent => SeatState.Absent,
        _ when sheetComplete => SeatState.Submitted,
        Attendance.Present => SeatState.CheckedIn,
        _ => SeatState.Waiting,
    };

    /// <summary>
    /// A session is finished when every seat is submitted or absent, or once a later session has begun checking in:
    /// the stations then belong to the later sitting, so one sheet still being marked does not hold the day back.
    /// The current session is the earliest that has started by plan and is not finished; an overrunning session stays
    /// current past the start of the next. A session is late by the minutes since its planned start while no seat has
    /// moved, and by the minutes since its planned end while it is not finished.
    /// </summary>
    public static DayProgress At(IReadOnlyList<PlannedSession> sessions, IReadOnlyList<SeatProgress> seats, DateTime now)
    {
        var ordered = sessions.OrderBy(s => s.StartsAt).ThenBy(s => s.Name, StringComparer.Ordinal).ToList();
        var bySession = seats.ToLookup(s => s.Session, StringComparer.Ordinal);
        bool Moved(PlannedSession s) => bySession[s.Name].Any(seat => seat.State != SeatState.Waiting);

        var paces = new List<SessionPace>(ordered.Count);
        for (var i = 0; i < ordered.Count; i++)
        {
            var session = ordered[i];
            var finished = bySession[session.Name].All(seat => seat.State is SeatState.Submitted or SeatState.Absent)
                || ordered.Skip(i + 1).Any(Moved);
            var late = finished || now < session.StartsAt ? TimeSpan.Zero
                : now >= session.EndsAt ? now - session.EndsAt
                : Moved(session) ? TimeSpan.Zero
                : now - session.StartsAt;
            paces.Add(new SessionPace(session.Name, finished, (int)late.TotalMinutes));
        }

        var current = Enumerable.Range(0, ordered.Count).FirstOrDefault(i => ordered[i].StartsAt <= now && !paces[i].Finished, -1);
        var next = current >= 0 ? current + 1 : ordered.FindIndex(s => s.StartsAt > now);
        return new DayProgress(
            current >= 0 ? ordered[current].Name : null,
            next >= 0 && next < ordered.Count ? ordered[next].Name : null,
            paces);
    }
}
