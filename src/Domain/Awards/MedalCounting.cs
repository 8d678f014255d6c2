namespace Competitions.Domain.Awards;

/// <summary>Which events the contest's medal table counts, as the organizers choose.</summary>
public enum MedalCounting
{
    /// <summary>Every event's prizes as they stand, provisional ones marked as such.</summary>
    AllEvents,

    /// <summary>Only events whose results are published: prizes of events still marking do not count yet.</summary>
    PublishedEvents,
}
