namespace Competitions.Domain.Advancement;

/// <summary>What happens to competitors tied at the last place that advances.</summary>
public enum CutTies
{
    /// <summary>Everyone with the same total as the last place advances: the round may take more than N.</summary>
    AllAdvance,

    /// <summary>
    /// The source event's tie-breaks decide; competitors still equal on every tie-break all advance, since nothing
    /// fair tells them apart.
    /// </summary>
    BreakByTieBreaks,
}
