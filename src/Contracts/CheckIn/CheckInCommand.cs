namespace Competitions.Contracts.CheckIn;

/// <summary>A check-in at the desk: <see cref="Find"/> is what was typed or scanned (station, code, id or ID number).</summary>
[GenerateSerializer, Immutable]
public sealed record CheckInCommand(
    [property: Id(0)] Guid EntryId,
    [property: Id(1)] string Find,
    [property: Id(2)] string? DeviceId = null);
