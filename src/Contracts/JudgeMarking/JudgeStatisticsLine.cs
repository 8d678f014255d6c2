using Competitions.Domain.JudgeMarking;

namespace Competitions.Contracts.JudgeMarking;

/// <summary>One judge's marking statistics in an event, with his name (see <see cref="JudgeMarkingStatistics"/>).</summary>
[GenerateSerializer, Immutable]
public sealed record JudgeStatisticsLine(
    [property: Id(0)] string JudgeId,
    [property: Id(1)] string Name,
    [property: Id(2)] int Marks,
    [property: Id(3)] int ComparedMarks,
    [property: Id(4)] decimal? MeanDeviation,
    [property: Id(5)] decimal? MeanAbsoluteDeviation,
    [property: Id(6)] int SpreadAlertsCaused,
    [property: Id(7)] int RemarksRequested,
    [property: Id(8)] int Corrections,
    [property: Id(9)] int CorrectionsAfterPublication)
{
    public static JudgeStatisticsLine From(JudgeStatistics statistics, string name) => new(
        statistics.JudgeId, name, statistics.Marks, statistics.ComparedMarks, statistics.MeanDeviation,
        statistics.MeanAbsoluteDeviation, statistics.SpreadAlertsCaused, statistics.RemarksRequested,
        statistics.Corrections, statistics.CorrectionsAfterPublication);
}
