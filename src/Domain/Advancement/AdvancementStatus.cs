namespace Competitions.Domain.Advancement;

public enum AdvancementStatus
{
    /// <summary>Within the places the rule gives.</summary>
    Advances,

    /// <summary>Past the last place, but tied with it (as the rule's tie policy says).</summary>
    AdvancesOnTie,

    /// <summary>Past the places, advancing only because someone ranked above withdrew.</summary>
    AdvancesAsReplacement,

    /// <summary>Had a place, or could have, and withdrew.</summary>
    Withdrawn,

    /// <summary>Does not advance.</summary>
    Eliminated,
}
