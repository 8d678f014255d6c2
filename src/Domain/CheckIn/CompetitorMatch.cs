namespace Competitions.Domain.CheckIn;

/// <summary>The one competitor the desk's text names, and by which key.</summary>
public sealed record CompetitorMatch(RosterKeys Competitor, LookupKey By);
