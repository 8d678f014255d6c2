namespace Competitions.Domain.Sessions;

/// <summary>A session as planned, in the contest's local time.</summary>
public sealed record PlannedSession(string Name, DateTime StartsAt, DateTime EndsAt);
