namespace Competitions.Contracts.Scoresheets;

/// <summary>The chief judge asks a judge to mark an aspect again (e.g. after a spread alert); the note reaches the tablet.</summary>
[GenerateSerializer, Immutable]
public sealed record RemarkRequest(
    [property: Id(0)] Guid EntryId,
    [property: Id(1)] string JudgeId,
    [property: Id(2)] string AspectId,
    [property: Id(3)] string Note);
