namespace Competitions.Domain.CheckIn;

/// <summary>What the check-in desk may find a competitor by; the ID number stays inside the event grain.</summary>
/// <param name="Session">The session (场次) he is seated in, if the event runs in sessions: stations repeat across them.</param>
public sealed record RosterKeys(string CompetitorId, int? Station, string? BlindCode, string? IdNumber, string? Session = null);
