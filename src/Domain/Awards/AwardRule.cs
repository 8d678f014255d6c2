namespace Competitions.Domain.Awards;

/// <summary>
/// How an event turns ranks into prizes, titles and promotions.
/// <para><see cref="AwardBasis.ShareOfField"/>: the first <see cref="FirstPercent"/> % of places get first prize, the
/// next <see cref="SecondPercent"/> % second, the next <see cref="ThirdPercent"/> % third; the cumulative shares are
/// rounded to places by <see cref="Rounding"/>.</para>
/// <para><see cref="AwardBasis.Rank"/>: <see cref="FirstPlaces"/> gold, then <see cref="SecondPlaces"/> silver, then
/// <see cref="ThirdPlaces"/> bronze; a merit award (优胜奖) up to place <see cref="MeritUpToPlace"/>, or for the top
/// <see cref="MeritPercent"/> % of the field, whichever reaches further.</para>
/// Nobody below <see cref="MinimumScore"/> gets a prize, a title or a promotion.
/// </summary>
public sealed record AwardRule(
    decimal FirstPercent,
    decimal SecondPercent,
    decimal ThirdPercent,
    decimal MinimumScore,
    AwardBasis Basis = AwardBasis.ShareOfField,
    ShareRounding Rounding = ShareRounding.HalfUp,
    TiePolicy Ties = TiePolicy.Share,
    int FirstPlaces = 1,
    int SecondPlaces = 1,
    int ThirdPlaces = 1,
    int MeritUpToPlace = 0,
    decimal MeritPercent = 0m,
    IReadOnlyList<TitleRule>? Titles = null,
    IReadOnlyList<PromotionRule>? Promotions = null)
{
    public static AwardRule Default { get; } = new(10m, 20m, 30m, 60m);

    public string? Validate() =>
        !Enum.IsDefined(Basis) || !Enum.IsDefined(Rounding) || !Enum.IsDefined(Ties)
            || Promotions?.Any(p => !Enum.IsDefined(p.Award)) == true
            ? "The award basis, rounding, tie policy and promotion awards must be values this version knows."
            : FirstPercent < 0m || SecondPercent < 0m || ThirdPercent < 0m || FirstPercent + SecondPercent + ThirdPercent > 100m
            ? "Prize shares must be non-negative and add up to at most 100 %."
            : MinimumScore is < 0m or > 100m ? "The minimum score for a prize must be between 0 and 100."
            : FirstPlaces < 0 || SecondPlaces < 0 || ThirdPlaces < 0 || MeritUpToPlace < 0 || MeritPercent is < 0m or > 100m
                ? "Places and the merit share cannot be negative (nor the share above 100 %)."
            : Titles?.Any(t => t.UpToPlace < 1 || string.IsNullOrWhiteSpace(t.Title)) == true ? "A title needs a name and a place of 1 or more."
            : Promotions?.Any(p => p.Award == AwardBand.None) == true ? "A promotion must name the award that earns it."
            : null;
}
