using Competitions.Domain.Scheme;
using Competitions.Domain.Scoring;

namespace Competitions.Domain.JudgeMarking;

/// <summary>
/// How each judge of an event marks beside his panel, for the chief judge during marking and for the organizing
/// committee's review of judges afterwards (as skating and gymnastics federations review theirs). Everything is read
/// from the score sheets as their ledgers stand, with the scheme's own aggregation:
/// <list type="bullet">
/// <item><b>Marks</b>: the marks the judge's sheets hold now, one per competitor and aspect, of either kind.</item>
/// <item><b>Deviation</b>: on each judgement aspect of a sheet that at least two judges marked, the judge's score minus
/// the aggregate the scheme computes from all the scores (mean, trimmed mean or median), on the 0–3 scale the judges
/// score on, so aspects of any max mark weigh alike. The mean signed deviation says which way a judge leans (above zero:
/// generous), the mean absolute deviation how far he is from his panel; both over <b>compared marks</b>, rounded to two
/// places. A lone score is its own aggregate: its zero would only pull the means towards zero, so it is left out.</item>
/// <item><b>Spread alerts caused</b>: aspects whose scores are further apart than their threshold where the judge is
/// the outlier: without his score the others (two or more) would raise no alert. With two judges neither is told
/// apart; two judges on the same far score share the disagreement and neither caused it alone; when either of the two
/// extremes alone would clear it (0, 1, 2 with threshold 1), both are counted.</item>
/// <item><b>Re-marks requested</b>: every re-mark request addressed to the judge, answered or not.</item>
/// <item><b>Corrections</b>: the chief judge's corrections of the judge's marks; those recorded after publication,
/// which only an upheld appeal allows, are also counted apart.</item>
/// </list>
/// Alerts and deviations are those of the sheets as they stand: a re-mark that settled a disagreement leaves its trace
/// in the re-mark count, not as an alert.
/// </summary>
public static class JudgeMarkingStatistics
{
    /// <param name="judgeIds">The event's panel judges: each gets a line, with or without marks.</param>
    /// <param name="sheets">Each score sheet's current marks.</param>
    /// <param name="reviews">Every re-mark request and correction in the event's ledger.</param>
    /// <param name="publishedAt">When the results were published, if they were.</param>
    /// <returns>One line per judge who is on a panel or has marks, by judge id.</returns>
    public static IReadOnlyList<JudgeStatistics> Compute(
        MarkingScheme scheme,
        IEnumerable<string> judgeIds,
        IEnumerable<IReadOnlyCollection<JudgeMark>> sheets,
        IEnumerable<MarkReview> reviews,
        DateTimeOffset? publishedAt)
    {
        var tallies = new SortedDictionary<string, Tally>(StringComparer.Ordinal);
        Tally Of(string judgeId) => tallies.TryGetValue(judgeId, out var tally) ? tally : tallies[judgeId] = new Tally();

        foreach (var judgeId in judgeIds)
        {
            Of(judgeId);
        }

        foreach (var aspectMarks in sheets.SelectMany(sheet => sheet.GroupBy(m => m.AspectId, StringComparer.Ordinal)))
        {
            if (scheme.Find(aspectMarks.Key) is not { } aspect)
            {
                continue;
            }

            var marks = aspectMarks.ToList();
            foreach (var mark in marks)
            {
                Of(mark.JudgeId).Marks++;
            }

            if (aspect.Kind == AspectKind.Judgement && marks.Count >= 2)
            {
                Compare(aspect, marks, Of);
            }
        }

        foreach (var review in reviews)
        {
            var tally = Of(review.JudgeId);
            if (review.Kind == MarkReviewKind.RemarkRequested)
            {
                tally.RemarksRequested++;
            }
            else
            {
                tally.Corrections++;
                tally.CorrectionsAfterPublication += publishedAt is { } published && review.RecordedAt >= published ? 1 : 0;
            }
        }

        return [.. tallies.Select(t => t.Value.ToStatistics(t.Key))];
    }

    private static void Compare(AspectRule aspect, List<JudgeMark> marks, Func<string, Tally> of)
    {
        var scores = marks.Select(m => m.Value).ToList();
        var aggregate = AspectAggregation.Aggregate(scores, aspect.Aggregation);
        var alert = AspectAggregation.HasSpread(scores, aspect.SpreadThreshold);
        foreach (var mark in marks)
        {
            var tally = of(mark.JudgeId);
            var deviation = mark.Value - aggregate;
            tally.ComparedMarks++;
            tally.DeviationSum += deviation;
            tally.AbsoluteDeviationSum += Math.Abs(deviation);
            if (alert && marks.Count > 2 && !AspectAggregation.HasSpread([.. marks.Where(m => m.JudgeId != mark.JudgeId).Select(m => m.Value)], aspect.SpreadThreshold))
            {
                tally.SpreadAlertsCaused++;
            }
        }
    }

    private sealed class Tally
    {
        public int Marks { get; set; }

        public int ComparedMarks { get; set; }

        public decimal DeviationSum { get; set; }

        public decimal AbsoluteDeviationSum { get; set; }

        public int SpreadAlertsCaused { get; set; }

        public int RemarksRequested { get; set; }

        public int Corrections { get; set; }

        public int CorrectionsAfterPublication { get; set; }

        public JudgeStatistics ToStatistics(string judgeId) => new(
            judgeId,
            Marks,
            ComparedMarks,
            ComparedMarks == 0 ? null : Score.Round(DeviationSum / ComparedMarks),
            ComparedMarks == 0 ? null : Score.Round(AbsoluteDeviationSum / ComparedMarks),
            SpreadAlertsCaused,
            RemarksRequested,
            Corrections,
            CorrectionsAfterPublication);
    }
}
