using Competitions.Domain.Scheme;
using Competitions.Domain.Scoring;

namespace Competitions.Domain.Tests;

public sealed class ScoresheetCalculatorTests
{
    // Max total 4 + 6 + 10 = 20.
    private static readonly MarkingScheme Scheme = new([
        new AspectRule("A1", "A", AspectKind.Measurement, 4m, 0.5m, AggregationMethod.Mean, 1m),
        new AspectRule("A2", "A", AspectKind.Judgement, 6m, 1m, AggregationMethod.Mean, 1m),
        new AspectRule("B1", "B", AspectKind.Judgement, 10m, 1m, AggregationMethod.TrimmedMean, 1m),
    ]);

    private static readonly Dictionary<string, IReadOnlyCollection<string>> Expected = new()
    {
        ["A1"] = ["J1", "J2"],
        ["A2"] = ["J1", "J2", "J3"],
        ["B1"] = ["J1", "J2", "J3", "J4", "J5"],
    };

    private static readonly JudgeMark[] CompleteMarks =
    [
        new("A1", "J1", 3.5m), new("A1", "J2", 3.5m),
        new("A2", "J1", 2m), new("A2", "J2", 3m), new("A2", "J3", 2m),
        new("B1", "J1", 3m), new("B1", "J2", 0m), new("B1", "J3", 2m), new("B1", "J4", 3m), new("B1", "J5", 2m),
    ];

    [Fact]
    public void Hand_worked_sheet_with_theory_thirty_practical_seventy()
    {
        var result = ScoresheetCalculator.Calculate(Scheme, new EventWeights(30m, 70m), Expected, CompleteMarks, new Dictionary<string, decimal>(), theory: 88m);

        // A1: agreed 3.5. A2: 6 × (7/3) / 3 = 4.666… → 4.67. B1: trimmed (2, 2, 3) = 7/3 → 10 × (7/3) / 3 = 7.777… → 7.78.
        Assert.Equal([3.5m, 4.67m, 7.78m], result.Aspects.Select(a => a.Mark!.Value));
        Assert.Equal(8.17m, result.CriterionScores["A"]);
        Assert.Equal(7.78m, result.CriterionScores["B"]);
        Assert.Equal(15.95m, result.PracticalRaw);
        Assert.Equal(79.75m, result.Practical); // 15.95 / 20 × 100
        Assert.Equal(82.23m, result.Total); // 88 × 0.3 + 79.75 × 0.7 = 82.225, rounded half up
        Assert.True(result.IsComplete);
        Assert.Equal(1, result.SpreadAlerts); // B1: 0 against 3
    }

    [Fact]
    public void Practical_only_event_totals_the_scaled_practical_part()
    {
        var result = ScoresheetCalculator.Calculate(Scheme, EventWeights.PracticalOnly, Expected, CompleteMarks, new Dictionary<string, decimal>(), theory: null);
        Assert.Equal(79.75m, result.Total);
        Assert.True(result.IsComplete);
    }

    [Fact]
    public void Missing_theory_keeps_a_weighted_sheet_incomplete()
    {
        var result = ScoresheetCalculator.Calculate(Scheme, new EventWeights(30m, 70m), Expected, CompleteMarks, new Dictionary<string, decimal>(), theory: null);
        Assert.False(result.IsComplete);
        Assert.Equal(55.83m, result.Total); // 79.75 × 0.7 = 55.825
    }

    [Fact]
    public void Measurement_judges_who_disagree_open_a_dispute_until_the_chief_judge_resolves_it()
    {
        var marks = CompleteMarks.Where(m => m.AspectId != "A1").Append(new("A1", "J1", 3.5m)).Append(new("A1", "J2", 3m)).ToList();

        var disputed = ScoresheetCalculator.Calculate(Scheme, EventWeights.PracticalOnly, Expected, marks, new Dictionary<string, decimal>(), null);
        Assert.True(disputed.Aspects[0].Disputed);
        Assert.Null(disputed.Aspects[0].Mark);
        Assert.False(disputed.IsComplete);
        Assert.Equal(1, disputed.OpenDisputes);

        var resolved = ScoresheetCalculator.Calculate(Scheme, EventWeights.PracticalOnly, Expected, marks, new Dictionary<string, decimal> { ["A1"] = 3m }, null);
        Assert.Equal(3m, resolved.Aspects[0].Mark);
        Assert.True(resolved.IsComplete);
    }

    [Fact]
    public void Missing_marks_are_listed_per_aspect_and_counted_as_zero_in_the_provisional_total()
    {
        var marks = CompleteMarks.Where(m => !(m.AspectId == "A2" && m.JudgeId == "J3")).ToList();
        var result = ScoresheetCalculator.Calculate(Scheme, EventWeights.PracticalOnly, Expected, marks, new Dictionary<string, decimal>(), null);

        Assert.Equal(["J3"], result.Aspects[1].MissingJudges);
        Assert.Equal(5m, result.Aspects[1].Mark); // provisional: 6 × 2.5 / 3 from the two marks in
        Assert.False(result.IsComplete);
        Assert.Equal(1, result.MissingMarks);
    }

    [Fact]
    public void An_absent_competitor_s_sheet_expects_no_mark_and_is_settled()
    {
        var waiting = ScoresheetCalculator.Calculate(Scheme, new EventWeights(30m, 70m), Expected, [], new Dictionary<string, decimal>(), theory: null);
        var absent = ScoresheetCalculator.Calculate(Scheme, new EventWeights(30m, 70m), Expected, [], new Dictionary<string, decimal>(), theory: null, absent: true);

        Assert.Equal((false, 10), (waiting.IsComplete, waiting.MissingMarks));
        Assert.Equal((true, 0, 0), (absent.IsComplete, absent.MissingMarks, absent.OpenDisputes));
        Assert.Equal(0m, absent.Total);
    }
}
