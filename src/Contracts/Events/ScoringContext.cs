using Competitions.Contracts.Schemes;
using Competitions.Domain.Workflow;

namespace Competitions.Contracts.Events;

/// <summary>What a score sheet needs from its event to accept and score marks for one competitor.</summary>
[GenerateSerializer, Immutable]
public sealed record ScoringContext(
    [property: Id(0)] EventDefinition Definition,
    [property: Id(1)] MarkingSchemeDefinition Scheme,
    [property: Id(2)] CompetitorEntry Competitor,
    [property: Id(3)] EventStatus Status,
    [property: Id(4)] string? ChiefJudgeId,
    [property: Id(5)] IReadOnlyDictionary<string, IReadOnlyList<string>> AspectsByJudge,
    [property: Id(6)] IReadOnlyDictionary<string, string> RecusalReasons);
