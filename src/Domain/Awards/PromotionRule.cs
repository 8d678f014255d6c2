namespace Competitions.Domain.Awards;

/// <summary>
/// A skill-level promotion for an award: to a named level (medallists → 技师), or one level up from the level the
/// competitor holds (<see cref="ToLevel"/> null). Nobody is "promoted" to a level at or below the one he holds.
/// </summary>
public sealed record PromotionRule(AwardBand Award, string? ToLevel);
