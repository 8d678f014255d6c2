using Competitions.Contracts.Events;
using Competitions.Contracts.Leaderboards;
using Competitions.Contracts.Scoresheets;
using Competitions.Domain.Assessments;
using Competitions.Domain.Awards;
using Competitions.Domain.CheckIn;
using Competitions.Domain.Ranking;
using Competitions.Domain.Scoring;
using Competitions.Domain.Standardisation;

namespace Competitions.Grains.Leaderboards;

/// <summary>
/// An event's live rows: standings ranked with the event's tie-breaks, award bands and standardised scores; absent
/// competitors (缺考) after them, unranked, without award or standardised score. An assessment's rows are not ranked
/// at all: in competitor order, each with its pass/fail results and no rank, award or standardised score.
/// </summary>
public static class RankedRows
{
    public static IReadOnlyList<LeaderboardRow> From(
        IEnumerable<Standing> standings, IReadOnlyDictionary<string, CompetitorEntry> roster, EventDefinition definition)
    {
        if (definition.AssessmentRule is { } assessment)
        {
            return Assessed(standings, roster, definition.Weights, assessment);
        }

        var byCompetitor = standings.ToDictionary(s => s.CompetitorId, StringComparer.Ordinal);
        var ranked = Ranker.Rank(
            byCompetitor.Values.Select(s => new RankingEntry(s.CompetitorId, s.Total, s.Practical, s.CriterionScores, s.TimeUsed, s.Attendance == Attendance.Absent)),
            definition.TieBreakRules);
        var awards = AwardBands.Evaluate(ranked, definition.AwardRule, id => roster[id].CurrentLevel);
        // Standardised only once a sheet is complete: a half-marked total would drag the event's centre and spread; an
        // absent competitor's sheet is settled but has no total to standardise.
        var standardised = StandardisedScores.Compute(byCompetitor.Values.Where(s => s.IsComplete && s.Attendance != Attendance.Absent)
            .ToDictionary(s => s.CompetitorId, s => s.Total));
        return [.. ranked.Select(r =>
        {
            var s = byCompetitor[r.Entry.CompetitorId];
            var c = roster[r.Entry.CompetitorId];
            return new LeaderboardRow(r.Rank, c.Id, c.Id, c.Name, c.BlindCode, c.Organisation, c.Delegation, s.Theory, s.Practical,
                s.Total, awards[c.Id].Award, s.IsComplete, s.MissingMarks, s.OpenDisputes, s.SpreadAlerts,
                awards[c.Id].Title, awards[c.Id].PromotedTo, standardised.TryGetValue(c.Id, out var score) ? score : null,
                // The Medallion for Excellence: the standard reached without a prize.
                awards[c.Id].Award == AwardBand.None && score >= StandardisedScores.ExcellenceThreshold,
                r.Entry.Absent);
        })];
    }

    private static LeaderboardRow[] Assessed(
        IEnumerable<Standing> standings, IReadOnlyDictionary<string, CompetitorEntry> roster, EventWeights weights, AssessmentRule rule) =>
        [.. standings.OrderBy(s => s.CompetitorId, StringComparer.Ordinal).Select(s =>
        {
            var c = roster[s.CompetitorId];
            var absent = s.Attendance == Attendance.Absent;
            var outcome = rule.Evaluate(weights, s.Theory, s.Practical, s.IsComplete, absent);
            return new LeaderboardRow(Ranker.Unranked, c.Id, c.Id, c.Name, c.BlindCode, c.Organisation, c.Delegation, s.Theory, s.Practical,
                s.Total, AwardBand.None, s.IsComplete, s.MissingMarks, s.OpenDisputes, s.SpreadAlerts, Absent: absent,
                Assessment: AssessmentResult.From(outcome));
        })];
}
