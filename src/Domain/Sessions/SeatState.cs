namespace Competitions.Domain.Sessions;

/// <summary>Where one seat of a session stands on the day, from the check-in desk and the score sheet.</summary>
public enum SeatState
{
    /// <summary>Not checked in yet, nor marked absent.</summary>
    Waiting,

    /// <summary>Checked in, marking not complete.</summary>
    CheckedIn,

    /// <summary>Marked absent (缺考): the seat stays empty.</summary>
    Absent,

    /// <summary>Every mark of the sheet is in: the competitor is done.</summary>
    Submitted,
}
