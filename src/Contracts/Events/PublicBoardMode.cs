namespace Competitions.Contracts.Events;

/// <summary>What the public sees of an event's board.</summary>
public enum PublicBoardMode
{
    /// <summary>The board as it is, within a fraction of a second.</summary>
    Live,

    /// <summary>The board as it was when frozen (e.g. the last hour), while judges keep marking.</summary>
    Frozen,

    /// <summary>Results held until announcement (embargo): no scores.</summary>
    Hidden,
}
