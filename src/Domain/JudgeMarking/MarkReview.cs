namespace Competitions.Domain.JudgeMarking;

/// <summary>One re-mark request or correction addressed to a judge's mark, with the time the ledger recorded it.</summary>
public sealed record MarkReview(string JudgeId, MarkReviewKind Kind, DateTimeOffset RecordedAt);
