namespace Competitions.Domain.Standardisation;

/// <summary>One competitor's standardised score in one event, as the best-of-delegation list compares them.</summary>
public sealed record StandardisedResult(string Delegation, string EventCode, string Name, int Score);
