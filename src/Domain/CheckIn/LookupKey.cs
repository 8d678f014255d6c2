namespace Competitions.Domain.CheckIn;

/// <summary>Which of a competitor's keys the desk's text matched; recorded with the check-in, never the ID number itself.</summary>
public enum LookupKey
{
    CompetitorId,
    Station,
    BlindCode,
    IdNumber,
}
