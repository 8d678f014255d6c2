namespace Competitions.Domain.Awards;

/// <summary>How a share of the field becomes a number of places (applied to the cumulative share of each prize).</summary>
public enum ShareRounding
{
    /// <summary>2.5 places → 3.</summary>
    HalfUp,

    /// <summary>2.9 places → 2: never more prizes than the share.</summary>
    Down,

    /// <summary>Round down, but a prize with a share above zero goes to at least one place.</summary>
    DownAtLeastOne,
}
