namespace Competitions.Domain.Draws;

/// <summary>What the draw gave one competitor: his station, his blind code and, when asked for, his theory-paper code.</summary>
public sealed record DrawnLot(string CompetitorId, int Station, string BlindCode, string? TheoryCode);
