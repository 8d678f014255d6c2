using Competitions.Domain.CheckIn;

namespace Competitions.Contracts.Scoresheets;

/// <summary>A score sheet's totals as the leaderboard needs them; <see cref="Version"/> is the sheet's ledger sequence.</summary>
[GenerateSerializer, Immutable]
public sealed record Standing(
    [property: Id(0)] string CompetitorId,
    [property: Id(1)] int Version,
    [property: Id(2)] decimal? Theory,
    [property: Id(3)] decimal Practical,
    [property: Id(4)] decimal Total,
    [property: Id(5)] IReadOnlyDictionary<string, decimal> CriterionScores,
    [property: Id(6)] TimeSpan? TimeUsed,
    [property: Id(7)] bool IsComplete,
    [property: Id(8)] int MissingMarks,
    [property: Id(9)] int OpenDisputes,
    [property: Id(10)] int SpreadAlerts,
    [property: Id(11)] Attendance Attendance = Attendance.Unknown);
