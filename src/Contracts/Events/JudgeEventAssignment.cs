using Competitions.Contracts.Schemes;
using Competitions.Domain.Workflow;

namespace Competitions.Contracts.Events;

/// <summary>What one judge marks in one event: his criteria and aspects, and the competitors he is not recused from,
/// those of the session competing now (<see cref="CurrentSession"/>) first.</summary>
[GenerateSerializer, Immutable]
public sealed record JudgeEventAssignment(
    [property: Id(0)] string EventCode,
    [property: Id(1)] string EventName,
    [property: Id(2)] string Venue,
    [property: Id(3)] EventStatus Status,
    [property: Id(4)] bool IsChief,
    [property: Id(5)] IReadOnlyList<CriterionDefinition> Criteria,
    [property: Id(6)] IReadOnlyList<AssignedCompetitor> Competitors,
    [property: Id(7)] string? CurrentSession = null);
