namespace Competitions.Domain.Sessions;

/// <summary>One seat of the plan with its state on the day.</summary>
public sealed record SeatProgress(string Session, int Station, SeatState State);
