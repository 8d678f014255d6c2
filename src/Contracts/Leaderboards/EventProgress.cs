namespace Competitions.Contracts.Leaderboards;

/// <summary>How far an event's marking has come, for the organizers' overview of every event.</summary>
[GenerateSerializer, Immutable]
public sealed record EventProgress(
    [property: Id(0)] int Competitors,
    [property: Id(1)] int CompleteSheets,
    [property: Id(2)] int MissingMarks,
    [property: Id(3)] int OpenDisputes,
    [property: Id(4)] int SpreadAlerts);
