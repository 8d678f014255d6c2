using Competitions.Domain.Workflow;

namespace Competitions.Domain.CheckIn;

/// <summary>
/// What the check-in rules look at for one competitor: the event's status and chief judge, his attendance so far, and
/// whether judges have already marked him (he was there, then).
/// </summary>
public sealed record AttendanceSituation(EventStatus Status, string? ChiefJudgeId, Attendance Attendance, bool HasMarks);
