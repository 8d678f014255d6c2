using Competitions.Domain.Scheme;

namespace Competitions.Domain.Scoring;

/// <summary>Turns one competitor's marks into aspect marks, criterion sums, the practical part and the event total.</summary>
public static class ScoresheetCalculator
{
    /// <param name="expectedJudges">Per aspect id, the judges who must mark it for this competitor (panel minus recusals).</param>
    /// <param name="resolutions">Per measurement aspect id, the value the chief judge settled a dispute on.</param>
    /// <param name="absent">
    /// The competitor was marked absent (缺考): no mark will come, so none is missing and the sheet is settled (an event
    /// can be locked with absent competitors); his total is never ranked (<see cref="Ranking.Ranker"/>).
    /// </param>
    public static ScoresheetResult Calculate(
        MarkingScheme scheme,
        EventWeights weights,
        IReadOnlyDictionary<string, IReadOnlyCollection<string>> expectedJudges,
        IEnumerable<JudgeMark> marks,
        IReadOnlyDictionary<string, decimal> resolutions,
        decimal? theory,
        bool absent = false)
    {
        var marksByAspect = marks.GroupBy(m => m.AspectId).ToDictionary(g => g.Key, g => g.ToList());
        var outcomes = new List<AspectOutcome>(scheme.Aspects.Count);
        var criterionScores = new Dictionary<string, decimal>(StringComparer.Ordinal);

        foreach (var aspect in scheme.Aspects)
        {
            var entered = marksByAspect.GetValueOrDefault(aspect.Id) ?? [];
            IReadOnlyCollection<string> expected = absent ? [] : expectedJudges.GetValueOrDefault(aspect.Id) ?? [];
            var missing = expected.Where(j => entered.All(m => m.JudgeId != j)).Order(StringComparer.Ordinal).ToList();
            var outcome = aspect.Kind == AspectKind.Measurement
                ? Measure(aspect, entered, missing, resolutions)
                : Judge(aspect, entered, missing);
            outcomes.Add(outcome);
            criterionScores[aspect.CriterionId] = criterionScores.GetValueOrDefault(aspect.CriterionId) + (outcome.Mark ?? 0m);
        }

        var practicalRaw = outcomes.Sum(o => o.Mark ?? 0m);
        var practical = scheme.MaxTotal == 0m ? 0m : Score.Round(practicalRaw / scheme.MaxTotal * 100m);
        var total = Score.Round(((theory ?? 0m) * weights.TheoryPercent + practical * weights.PracticalPercent) / 100m);
        var complete = absent || outcomes.All(o => o.MissingJudges.Count == 0 && !o.Disputed && o.Mark is not null)
            && (weights.TheoryPercent == 0m || theory is not null);

        return new ScoresheetResult(outcomes, criterionScores, practicalRaw, practical, theory, total, complete);
    }

    private static AspectOutcome Measure(
        AspectRule aspect, List<JudgeMark> entered, List<string> missing, IReadOnlyDictionary<string, decimal> resolutions)
    {
        if (resolutions.TryGetValue(aspect.Id, out var resolved))
        {
            return new AspectOutcome(aspect.Id, Score.Round(resolved), missing, Disputed: false, SpreadAlert: false);
        }

        var distinct = entered.Select(m => m.Value).Distinct().ToList();
        return distinct.Count switch
        {
            0 => new AspectOutcome(aspect.Id, null, missing, Disputed: false, SpreadAlert: false),
            1 => new AspectOutcome(aspect.Id, Score.Round(distinct[0]), missing, Disputed: false, SpreadAlert: false),
            _ => new AspectOutcome(aspect.Id, null, missing, Disputed: true, SpreadAlert: false),
        };
    }

    private static AspectOutcome Judge(AspectRule aspect, List<JudgeMark> entered, List<string> missing)
    {
        if (entered.Count == 0)
        {
            return new AspectOutcome(aspect.Id, null, missing, Disputed: false, SpreadAlert: false);
        }

        var scores = entered.Select(m => m.Value).ToList();
        var aggregate = AspectAggregation.Aggregate(scores, aspect.Aggregation);
        var mark = Score.Round(aspect.MaxMark * aggregate / AspectRule.JudgementScaleMax);
        return new AspectOutcome(aspect.Id, mark, missing, Disputed: false, AspectAggregation.HasSpread(scores, aspect.SpreadThreshold));
    }
}
