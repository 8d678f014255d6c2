namespace Competitions.Domain.Registry;

/// <summary>
/// What one entry says of a person's skill level: the level he entered with (certified) and the promotion it gave,
/// which counts only once the event's results are published.
/// </summary>
public sealed record LevelEvidence(DateTimeOffset At, string? Certified, string? PromotedTo, bool Published);
