namespace Competitions.Web.Exports;

/// <summary>
/// One leaderboard row as exported; <see cref="Name"/> is the blind code when the event keeps names private. An absent
/// competitor (<see cref="Absent"/>, 缺考) has no rank, scores or award: files print 缺考 in the total's place.
/// </summary>
public sealed record ResultLine(
    int? Rank,
    string CompetitorId,
    string Name,
    string Organisation,
    string Delegation,
    decimal? Theory,
    decimal? Practical,
    decimal? Total,
    string Award,
    string? Title = null,
    string? PromotedTo = null,
    int? Standardised = null,
    bool Absent = false);
