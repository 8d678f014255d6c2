namespace Competitions.Domain.CheckIn;

/// <summary>What the check-in desk records for one competitor.</summary>
public enum AttendanceAction
{
    CheckIn,

    MarkAbsent,

    /// <summary>Takes back the last check-in or absence: the competitor is waiting again.</summary>
    Undo,
}
