namespace Competitions.Contracts.Events;

[GenerateSerializer, Immutable]
public sealed record PanelSetup([property: Id(0)] string? ChiefJudgeId, [property: Id(1)] IReadOnlyList<JudgePanel> Panels);
