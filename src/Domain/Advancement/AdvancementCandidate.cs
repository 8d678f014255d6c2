namespace Competitions.Domain.Advancement;

/// <summary>
/// One competitor of the earlier round's published results, in ranked order (the source event's ranking, several
/// venues' events ranked together where the round says so).
/// </summary>
/// <param name="Rank">The rank after the event's tie-breaks (equal only when equal on every tie-break).</param>
/// <param name="Withdrawn">Declined or cannot take up the place: the next ranked takes it.</param>
public sealed record AdvancementCandidate(string CompetitorId, string Delegation, decimal Total, int Rank, bool Withdrawn = false);
