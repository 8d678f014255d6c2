namespace Competitions.Domain.Sessions;

/// <summary>The day at one moment: the session competing now and the one after it (either may be none), and each session's pace.</summary>
public sealed record DayProgress(string? Current, string? Next, IReadOnlyList<SessionPace> Sessions);
