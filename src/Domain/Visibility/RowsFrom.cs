namespace Competitions.Domain.Visibility;

/// <summary>Where a board's rows, and every figure counted from them, come from.</summary>
public enum RowsFrom
{
    Live,
    Frozen,
    None,
}
