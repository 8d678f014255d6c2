namespace Competitions.Domain.Visibility;

/// <summary>The boards an event keeps: the staff's live board, the same with codes only, and the public board.</summary>
public enum BoardView
{
    Staff,
    StaffCodesOnly,
    Public,
}
