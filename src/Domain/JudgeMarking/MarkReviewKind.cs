namespace Competitions.Domain.JudgeMarking;

/// <summary>What the chief judge did about one of a judge's marks, as the ledger records it.</summary>
public enum MarkReviewKind
{
    /// <summary>He asked the judge to mark the aspect again.</summary>
    RemarkRequested,

    /// <summary>He replaced the judge's mark himself, with a reason.</summary>
    Corrected,
}
