using Competitions.Domain.Awards;

namespace Competitions.Contracts.Events;

/// <summary>An award earns a promotion to <see cref="ToLevel"/>, or one level up from the held level when it is null.</summary>
[GenerateSerializer, Immutable]
public sealed record PromotionDefinition([property: Id(0)] AwardBand Award, [property: Id(1)] string? ToLevel = null);
