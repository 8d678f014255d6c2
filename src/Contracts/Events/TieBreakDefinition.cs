using Competitions.Domain.Ranking;

namespace Competitions.Contracts.Events;

[GenerateSerializer, Immutable]
public sealed record TieBreakDefinition([property: Id(0)] TieBreakKind Kind, [property: Id(1)] string? CriterionId = null);
