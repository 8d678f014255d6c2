namespace Competitions.Domain.Advancement;

/// <summary>A candidate of the combined field and the source result it stands for.</summary>
public sealed record RankedEntrant(AdvancementCandidate Candidate, AdvancementSourceEntry Source);
