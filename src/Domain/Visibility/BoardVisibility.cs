namespace Competitions.Domain.Visibility;

/// <summary>
/// What one board shows of each competitor. <paramref name="InternalIds"/>: rows carry the competitor id (tablets and
/// ledgers use it); <paramref name="Key"/>: what identifies its rows. <paramref name="Honours"/>: titles and promotions.
/// </summary>
public sealed record BoardVisibility(
    BoardView Board,
    RowsFrom Rows,
    bool InternalIds,
    RowKey Key,
    bool Names,
    bool BlindCodes,
    bool Organisations,
    bool Honours);
