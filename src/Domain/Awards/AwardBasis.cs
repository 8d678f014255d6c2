namespace Competitions.Domain.Awards;

public enum AwardBasis
{
    /// <summary>Prizes for shares of the field: first prize the top 10 %, second the next 20 %…</summary>
    ShareOfField,

    /// <summary>Medals for places: 1st gold, 2nd silver, 3rd bronze (national and WorldSkills style).</summary>
    Rank,
}
