namespace Competitions.Domain.Advancement;

public sealed record AdvancementDecision(string CompetitorId, string Delegation, decimal Total, int Rank, AdvancementStatus Status)
{
    public bool Advances => Status is AdvancementStatus.Advances or AdvancementStatus.AdvancesOnTie or AdvancementStatus.AdvancesAsReplacement;
}
