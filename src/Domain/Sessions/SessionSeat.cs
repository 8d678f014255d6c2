namespace Competitions.Domain.Sessions;

/// <summary>Where and when one competitor competes: a session and a station in it (1-based).</summary>
public sealed record SessionSeat(string CompetitorId, string Session, int Station);
