namespace Competitions.Domain.Advancement;

public sealed record AdvancementDecision(string CompetitorId, string Delegation, decimal Total, int Rank, AdvancementStatus Status)
{
    public bool Advances => Advancements.IsAdvancing(Status);
}
