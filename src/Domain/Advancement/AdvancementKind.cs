namespace Competitions.Domain.Advancement;

/// <summary>How a later round's places are filled from an earlier round's published results.</summary>
public enum AdvancementKind
{
    /// <summary>The best N of the whole field.</summary>
    TopPlaces,

    /// <summary>The best N of each delegation (city, company, college).</summary>
    TopPlacesPerDelegation,

    /// <summary>Everyone at or above a score.</summary>
    ScoreAtLeast,

    /// <summary>A share of the field (a percentage, rounded as the rule says).</summary>
    ShareOfField,
}
