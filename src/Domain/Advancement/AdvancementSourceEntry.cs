using Competitions.Domain.Ranking;

namespace Competitions.Domain.Advancement;

/// <summary>One competitor of a source event's published results, with the figures its ranking needs.</summary>
/// <param name="SourceEvent">The earlier round's event code (one per venue when a round runs at several).</param>
public sealed record AdvancementSourceEntry(string SourceEvent, string Delegation, RankingEntry Figures);
