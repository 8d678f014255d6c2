using Competitions.Domain.CheckIn;

namespace Competitions.Contracts.CheckIn;

/// <summary>One attendance action on one competitor; <see cref="EntryId"/> is made once on the device, like a mark id.</summary>
[GenerateSerializer, Immutable]
public sealed record AttendanceCommand(
    [property: Id(0)] Guid EntryId,
    [property: Id(1)] AttendanceAction Action,
    [property: Id(2)] string? Reason = null,
    [property: Id(3)] string? DeviceId = null);
