using Competitions.Domain.CheckIn;

namespace Competitions.Contracts.CheckIn;

/// <summary>
/// One competitor at the check-in desk. <see cref="Name"/> and <see cref="IdNumber"/> (always masked) only for those
/// who may see names: a chief judge who marks in a blind event gets stations and codes.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record CheckInEntry(
    [property: Id(0)] string CompetitorId,
    [property: Id(1)] int? Station,
    [property: Id(2)] string? BlindCode,
    [property: Id(3)] string? Name,
    [property: Id(4)] string? IdNumber,
    [property: Id(5)] Attendance Attendance);
