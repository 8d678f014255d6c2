namespace Competitions.Domain.Visibility;

/// <summary>What identifies a row on a board (deltas name rows by it).</summary>
public enum RowKey
{
    CompetitorId,

    /// <summary>On a codes-only board: the code is shown anyway, and a key that survives a switch to names would pair the two.</summary>
    BlindCode,

    /// <summary>An opaque per-event key (<see cref="PublicRowKey"/>) on boards that show names.</summary>
    PublicKey,
}
