namespace Competitions.Domain.Advancement;

/// <summary>Where an advancement list stands: worked out, on public notice (公示), or the next round's roster.</summary>
public enum AdvancementStage
{
    Draft,
    Announced,
    Committed,
}
