namespace Competitions.Domain.CheckIn;

/// <summary>Whether a competitor came to the event (检录), as his score sheet's ledger stream says.</summary>
public enum Attendance
{
    /// <summary>Not checked in yet, nor marked absent: the desk is still waiting for him.</summary>
    Unknown,

    /// <summary>Checked in at the desk.</summary>
    Present,

    /// <summary>Marked absent (缺考): takes no score, is not ranked and gets no award.</summary>
    Absent,
}
