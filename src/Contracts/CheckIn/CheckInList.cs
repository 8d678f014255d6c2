using Competitions.Domain.CheckIn;

namespace Competitions.Contracts.CheckIn;

/// <summary>The check-in desk's list, by station, and how many are present, absent and still waiting.</summary>
[GenerateSerializer, Immutable]
public sealed record CheckInList(
    [property: Id(0)] IReadOnlyList<CheckInEntry> Competitors,
    [property: Id(1)] int Present,
    [property: Id(2)] int Absent,
    [property: Id(3)] int Waiting)
{
    public static CheckInList Of(IReadOnlyList<CheckInEntry> competitors) => new(
        competitors,
        competitors.Count(c => c.Attendance == Attendance.Present),
        competitors.Count(c => c.Attendance == Attendance.Absent),
        competitors.Count(c => c.Attendance == Attendance.Unknown));
}
