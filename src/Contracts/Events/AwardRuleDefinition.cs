using Competitions.Domain.Awards;

namespace Competitions.Contracts.Events;

/// <summary>
/// An event's award rule set as organizers edit it (see <see cref="AwardRule"/> for what each field means): prizes by
/// share of the field with a rounding rule, or medals by place with a merit award; titles; skill-level promotions.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record AwardRuleDefinition(
    [property: Id(0)] decimal FirstPercent = 10m,
    [property: Id(1)] decimal SecondPercent = 20m,
    [property: Id(2)] decimal ThirdPercent = 30m,
    [property: Id(3)] decimal MinimumScore = 60m,
    [property: Id(4)] AwardBasis Basis = AwardBasis.ShareOfField,
    [property: Id(5)] ShareRounding Rounding = ShareRounding.HalfUp,
    [property: Id(6)] TiePolicy Ties = TiePolicy.Share,
    [property: Id(7)] int FirstPlaces = 1,
    [property: Id(8)] int SecondPlaces = 1,
    [property: Id(9)] int ThirdPlaces = 1,
    [property: Id(10)] int MeritUpToPlace = 0,
    [property: Id(11)] decimal MeritPercent = 0m,
    [property: Id(12)] IReadOnlyList<TitleDefinition>? Titles = null,
    [property: Id(13)] IReadOnlyList<PromotionDefinition>? Promotions = null)
{
    public AwardRule ToRule() => new(
        FirstPercent, SecondPercent, ThirdPercent, MinimumScore, Basis, Rounding, Ties, FirstPlaces, SecondPlaces, ThirdPlaces,
        MeritUpToPlace, MeritPercent,
        Titles?.Select(t => new TitleRule(t.UpToPlace, t.Title)).ToList(),
        Promotions?.Select(p => new PromotionRule(p.Award, p.ToLevel)).ToList());
}
