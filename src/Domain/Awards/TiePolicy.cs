namespace Competitions.Domain.Awards;

public enum TiePolicy
{
    /// <summary>Competitors equal on every ranking key share the better prize (two bronzes for a tie at 3rd).</summary>
    Share,

    /// <summary>Exactly the configured number of places; a tie left after the tie-breaks goes to list order.</summary>
    Break,
}
