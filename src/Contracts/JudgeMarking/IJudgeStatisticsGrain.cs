namespace Competitions.Contracts.JudgeMarking;

/// <summary>
/// Each judge's marking statistics for one event (<see cref="Domain.JudgeMarking.JudgeMarkingStatistics"/>), computed
/// from the event's ledger on every call. Key: <see cref="Keys.Event"/>.
/// </summary>
public interface IJudgeStatisticsGrain : IGrainWithStringKey
{
    /// <summary>Every judge's line, by judge id: the caller decides which of them to show.</summary>
    Task<IReadOnlyList<JudgeStatisticsLine>> Get();
}
