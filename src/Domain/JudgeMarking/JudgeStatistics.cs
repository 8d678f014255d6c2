namespace Competitions.Domain.JudgeMarking;

/// <summary>
/// One judge's line of an event's marking statistics (<see cref="JudgeMarkingStatistics"/> defines each figure).
/// The deviations are null when none of the judge's marks could be compared with a panel.
/// </summary>
public sealed record JudgeStatistics(
    string JudgeId,
    int Marks,
    int ComparedMarks,
    decimal? MeanDeviation,
    decimal? MeanAbsoluteDeviation,
    int SpreadAlertsCaused,
    int RemarksRequested,
    int Corrections,
    int CorrectionsAfterPublication);
