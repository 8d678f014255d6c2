using Competitions.Contracts.Appeals;

namespace Competitions.Web.Api;

/// <summary>
/// An appeal as the chief judge chooses it for a correction after publication: what was asked and decided, never who
/// lodged it or for which delegation (a chief who marks in a blind event must not learn whose sheet it is).
/// </summary>
public sealed record UpheldAppealChoice(Guid Id, AppealStatus Status, string Reason, string? Decision);
