using Competitions.Contracts.Errors;

namespace Competitions.Contracts.Scoresheets;

/// <summary>
/// What became of one mark of a batch: stored (<see cref="Receipt"/>), refused by a rule (<see cref="Problem"/>,
/// nothing stored), or not attempted because storage failed (neither: resend it with the same id).
/// </summary>
[GenerateSerializer, Immutable]
public sealed record MarkOutcome(
    [property: Id(0)] Guid MarkId,
    [property: Id(1)] LedgerReceipt? Receipt,
    [property: Id(2)] CompetitionRuleException? Problem)
{
    public static MarkOutcome Stored(Guid markId, LedgerReceipt receipt) => new(markId, receipt, null);

    public static MarkOutcome Refused(Guid markId, CompetitionRuleException problem) => new(markId, null, problem);

    public static MarkOutcome Unavailable(Guid markId) => new(markId, null, null);
}
