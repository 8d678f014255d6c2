namespace Competitions.Domain.CheckIn;

/// <summary>What the check-in desk may find a competitor by; the ID number stays inside the event grain.</summary>
public sealed record RosterKeys(string CompetitorId, int? Station, string? BlindCode, string? IdNumber);
