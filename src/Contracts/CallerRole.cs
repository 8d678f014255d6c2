namespace Competitions.Contracts;

public enum CallerRole
{
    Organizer,
    Judge,
    Arbitrator,
    TeamLeader,
}
