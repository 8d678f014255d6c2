using Competitions.Contracts.Scoresheets;

namespace Competitions.Web.Api;

/// <summary>
/// One mark's answer, as its own request would have had it: <see cref="Status"/> 200 with the receipt, 4xx with the
/// problem's code and detail (nothing stored), or 503 (not acknowledged: resend it with the same id).
/// </summary>
public sealed record BatchMarkOutcome(Guid MarkId, int Status, LedgerReceipt? Receipt, string? Code, string? Detail);
