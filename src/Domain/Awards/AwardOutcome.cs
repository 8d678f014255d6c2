namespace Competitions.Domain.Awards;

/// <summary>What one competitor (or team) earns: the prize, a title, and the skill level he is promoted to.</summary>
public sealed record AwardOutcome(AwardBand Award, string? Title, string? PromotedTo)
{
    public static AwardOutcome Nothing { get; } = new(AwardBand.None, null, null);
}
