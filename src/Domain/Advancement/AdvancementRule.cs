using Competitions.Domain.Awards;

namespace Competitions.Domain.Advancement;

/// <param name="Places">N for <see cref="AdvancementKind.TopPlaces"/> and <see cref="AdvancementKind.TopPlacesPerDelegation"/>.</param>
/// <param name="MinimumScore">
/// The score to reach for <see cref="AdvancementKind.ScoreAtLeast"/>; for the other kinds a floor nobody below advances
/// past (0: none).
/// </param>
/// <param name="Percent">The share of the field for <see cref="AdvancementKind.ShareOfField"/>.</param>
public sealed record AdvancementRule(
    AdvancementKind Kind,
    int Places = 0,
    decimal MinimumScore = 0m,
    decimal Percent = 0m,
    ShareRounding Rounding = ShareRounding.HalfUp,
    CutTies Ties = CutTies.AllAdvance);
