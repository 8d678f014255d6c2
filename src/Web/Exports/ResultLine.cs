namespace Competitions.Web.Exports;

/// <summary>
/// One leaderboard row as exported; <see cref="Name"/> is the blind code when the event keeps names private. An absent
/// competitor (<see cref="Absent"/>, 缺考) has no rank, scores or award: files print 缺考 in the total's place. On an
/// assessment (<see cref="Assessment"/>) nobody has a rank or award: files print each part's 合格/不合格 and the level certified.
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
    bool Absent = false,
    Contracts.Leaderboards.AssessmentResult? Assessment = null);
