using System.Text.Json.Serialization;
using Competitions.Domain.Awards;
using Competitions.Domain.Visibility;

namespace Competitions.Contracts.Leaderboards;

/// <summary>
/// One competitor's place on a board. <see cref="Key"/> identifies the row on its board (deltas name it): the
/// competitor id on staff boards, an opaque public key on public boards, which never carry the competitor id.
/// <see cref="Absent"/>: marked absent (缺考), so unranked (<see cref="Domain.Ranking.Ranker.Unranked"/>) and without
/// award; boards and exports show 缺考 in place of his rank and score. Sent only when true.
/// <see cref="Assessment"/>: on an assessment event (技能等级认定) the row's pass/fail results, with no rank (0) and no
/// award; null on a contest's rows.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record LeaderboardRow(
    [property: Id(0)] int Rank,
    [property: Id(18)] string Key,
    [property: Id(1), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? CompetitorId,
    [property: Id(2)] string Name,
    [property: Id(3)] string? BlindCode,
    [property: Id(4)] string Organisation,
    [property: Id(5)] string Delegation,
    [property: Id(6)] decimal? Theory,
    [property: Id(7)] decimal Practical,
    [property: Id(8)] decimal Total,
    [property: Id(9)] AwardBand Award,
    [property: Id(10)] bool IsComplete,
    [property: Id(11)] int MissingMarks,
    [property: Id(12)] int OpenDisputes,
    [property: Id(13)] int SpreadAlerts,
    [property: Id(14)] string? Title = null,
    [property: Id(15)] string? PromotedTo = null,
    [property: Id(16)] int? Standardised = null,
    [property: Id(17)] bool Excellence = false,
    [property: Id(19), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)] bool Absent = false,
    [property: Id(20), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] AssessmentResult? Assessment = null)
{
    /// <summary>
    /// This staff row as <paramref name="visibility"/> lets it be shown, keyed as it says (<paramref name="publicKey"/>
    /// also where a row to be keyed by code has none). Where names are not shown the blind code stands in for the name
    /// (the public key when there is no code).
    /// </summary>
    public LeaderboardRow ShownAs(BoardVisibility visibility, string publicKey) => this with
    {
        Key = visibility.Key switch
        {
            RowKey.CompetitorId => Key,
            RowKey.BlindCode => BlindCode ?? publicKey,
            _ => publicKey,
        },
        CompetitorId = visibility.InternalIds ? CompetitorId : null,
        Name = visibility.Names ? Name : BlindCode ?? publicKey,
        BlindCode = visibility.BlindCodes ? BlindCode : null,
        Organisation = visibility.Organisations ? Organisation : string.Empty,
        Delegation = visibility.Organisations ? Delegation : string.Empty,
        Title = visibility.Honours ? Title : null,
        PromotedTo = visibility.Honours ? PromotedTo : null,
    };
}
