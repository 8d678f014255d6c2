namespace Competitions.Contracts.Events;

/// <summary>Prize shares in percent of the field and the minimum total for any prize.</summary>
[GenerateSerializer, Immutable]
public sealed record AwardRuleDefinition(
    [property: Id(0)] decimal FirstPercent = 10m,
    [property: Id(1)] decimal SecondPercent = 20m,
    [property: Id(2)] decimal ThirdPercent = 30m,
    [property: Id(3)] decimal MinimumScore = 60m);
