namespace Competitions.Contracts.Events;

/// <summary>A draw of lots: an empty seed lets the server pick (and record) one; theory codes are drawn only when asked.</summary>
[GenerateSerializer, Immutable]
public sealed record DrawRequest([property: Id(0)] string? Seed = null, [property: Id(1)] bool TheoryCodes = false);
