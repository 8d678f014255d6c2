namespace Competitions.Domain.Sessions;

/// <summary>
/// How one session keeps to its plan: <paramref name="Finished"/> once no seat is left to compete, and how many whole
/// minutes it is behind (0 when on time, not started by plan, or finished).
/// </summary>
public sealed record SessionPace(string Name, bool Finished, int MinutesLate);
