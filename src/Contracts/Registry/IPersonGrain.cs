using Orleans.Concurrency;

namespace Competitions.Contracts.Registry;

/// <summary>
/// One person of the registry: his entries (links to competitors of events) and his name as last seen. Key: the keyed
/// hash of his ID number (<see cref="Domain.Registry.PersonKey"/>), never the number. Only events call the commands.
/// </summary>
public interface IPersonGrain : IGrainWithStringKey
{
    /// <summary>Records that the person entered <paramref name="eventKey"/> as this competitor; again, it updates the entry.</summary>
    Task Link(string eventKey, string competitorId, string name, string? maskedIdNumber, string? level);

    /// <summary>Removes the event's entries (or one competitor's); with none left, the name and number go too.</summary>
    Task Unlink(string eventKey, string? competitorId = null);

    /// <summary>The history with each event's result; null when the person has no entry.</summary>
    // Reads interleave: an event registering a competitor asks for his level while his history may be reading that event.
    [AlwaysInterleave]
    Task<PersonHistory?> GetHistory();
}
