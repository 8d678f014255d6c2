namespace Competitions.Contracts.Events;

public enum EventFormat
{
    Individual,
    Team,
}
