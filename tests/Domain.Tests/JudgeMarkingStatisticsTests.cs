using Competitions.Domain.JudgeMarking;
using Competitions.Domain.Scheme;
using Competitions.Domain.Scoring;

namespace Competitions.Domain.Tests;

public sealed class JudgeMarkingStatisticsTests
{
    private static readonly MarkingScheme Scheme = new([
        new AspectRule("A1", "A", AspectKind.Measurement, 4m, 0.5m, AggregationMethod.Mean, 1m),
        new AspectRule("A2", "A", AspectKind.Judgement, 6m, 1m, AggregationMethod.Mean, 1m),
        new AspectRule("B1", "B", AspectKind.Judgement, 10m, 1m, AggregationMethod.TrimmedMean, 1m),
        new AspectRule("B2", "B", AspectKind.Judgement, 10m, 1m, AggregationMethod.Median, 1m),
    ]);

    private static readonly DateTimeOffset PublishedAt = new(2026, 10, 14, 10, 0, 0, TimeSpan.Zero);

    private static IReadOnlyCollection<JudgeMark> Sheet(params (string Aspect, string Judge, decimal Value)[] marks) =>
        [.. marks.Select(m => new JudgeMark(m.Aspect, m.Judge, m.Value))];

    // C1  A1 measurement: J1 3.5, J2 3.5 (marks, never compared)
    //     A2 mean 5/3 of J1 3, J2 1, J3 1: deviations +4/3, −2/3, −2/3; spread 2 > 1, and without J1 none: J1 caused it
    //     B1 trimmed mean of 0 2 2 3 3 = (2 + 2 + 3) / 3 = 7/3: J1 +2/3, J2 −7/3, J3 −1/3, J4 +2/3, J5 −1/3;
    //        spread 3 > 1, and without J2 (2 2 3 3) none: J2 caused it
    // C2  A2 J1 2 alone: a mark, not compared. B1 J1 2, J2 2: mean 2 (fewer than five), deviations 0
    // C3  A2 mean 1.5 of J1 0, J2 3: −1.5 and +1.5; an alert, but two judges cannot be told apart: nobody caused it
    private static readonly IReadOnlyCollection<JudgeMark>[] Sheets =
    [
        Sheet(("A1", "J1", 3.5m), ("A1", "J2", 3.5m), ("A2", "J1", 3m), ("A2", "J2", 1m), ("A2", "J3", 1m),
            ("B1", "J1", 3m), ("B1", "J2", 0m), ("B1", "J3", 2m), ("B1", "J4", 3m), ("B1", "J5", 2m)),
        Sheet(("A2", "J1", 2m), ("B1", "J1", 2m), ("B1", "J2", 2m)),
        Sheet(("A2", "J1", 0m), ("A2", "J2", 3m)),
    ];

    private static readonly MarkReview[] Reviews =
    [
        new("J2", MarkReviewKind.RemarkRequested, PublishedAt.AddHours(-5)),
        new("J3", MarkReviewKind.RemarkRequested, PublishedAt.AddHours(-5)),
        new("J1", MarkReviewKind.Corrected, PublishedAt.AddHours(-2)),
        new("J1", MarkReviewKind.Corrected, PublishedAt.AddHours(1)),
    ];

    [Fact]
    public void Hand_worked_event_gives_each_judge_his_line()
    {
        var lines = JudgeMarkingStatistics.Compute(Scheme, ["J1", "J2", "J3", "J4", "J5", "J6"], Sheets, Reviews, PublishedAt);

        // J1: 6 marks; compared +4/3, +2/3, 0, −1.5: mean 0.5 / 4 = 0.125 → 0.13 (half away from zero), absolute 3.5 / 4 = 0.875 → 0.88.
        // J2: 5 marks; compared −2/3, −7/3, 0, +1.5: mean −1.5 / 4 = −0.375 → −0.38, absolute 4.5 / 4 = 1.125 → 1.13.
        // J3: −2/3 and −1/3: −0.50 and 0.50. J4: +2/3. J5: −1/3. J6 sits on a panel and marked nothing.
        Assert.Equal(
        [
            new JudgeStatistics("J1", 6, 4, 0.13m, 0.88m, 1, 0, 2, 1),
            new JudgeStatistics("J2", 5, 4, -0.38m, 1.13m, 1, 1, 0, 0),
            new JudgeStatistics("J3", 2, 2, -0.50m, 0.50m, 0, 1, 0, 0),
            new JudgeStatistics("J4", 1, 1, 0.67m, 0.67m, 0, 0, 0, 0),
            new JudgeStatistics("J5", 1, 1, -0.33m, 0.33m, 0, 0, 0, 0),
            new JudgeStatistics("J6", 0, 0, null, null, 0, 0, 0, 0),
        ], lines);
    }

    [Fact]
    public void Before_publication_no_correction_is_counted_as_made_after_it()
    {
        var lines = JudgeMarkingStatistics.Compute(Scheme, [], Sheets, Reviews, publishedAt: null);

        var j1 = lines.Single(l => l.JudgeId == "J1");
        Assert.Equal((2, 0), (j1.Corrections, j1.CorrectionsAfterPublication));
    }

    [Fact]
    public void A_judge_off_the_panels_with_marks_gets_a_line_and_marks_of_an_aspect_outside_the_scheme_are_ignored()
    {
        var lines = JudgeMarkingStatistics.Compute(Scheme, ["J1"], [Sheet(("A2", "J1", 2m), ("A2", "J9", 1m), ("Z9", "J9", 3m))], [], null);

        Assert.Equal(["J1", "J9"], lines.Select(l => l.JudgeId));
        Assert.Equal(1, lines[1].Marks);
        Assert.Equal(-0.5m, lines[1].MeanDeviation);
    }

    [Fact]
    public void The_median_is_the_aggregate_of_a_median_aspect()
    {
        // Median of 0, 2, 3 is 2 (the mean would be 5/3): deviations −2, 0, +1.
        var lines = JudgeMarkingStatistics.Compute(Scheme, [], [Sheet(("B2", "J1", 0m), ("B2", "J2", 2m), ("B2", "J3", 3m))], [], null);

        Assert.Equal([-2m, 0m, 1m], lines.Select(l => l.MeanDeviation!.Value));
    }

    [Theory]
    // Either extreme alone explains 0, 1, 2 over threshold 1: both are counted.
    [InlineData(new[] { 0, 1, 2 }, new[] { 1, 0, 1 })]
    // Two judges on each far score: the panel disagrees, no one judge caused it.
    [InlineData(new[] { 0, 0, 3, 3 }, new[] { 0, 0, 0, 0 })]
    // One judge far from three who agree.
    [InlineData(new[] { 3, 1, 1, 1 }, new[] { 1, 0, 0, 0 })]
    // Within the threshold: no alert to cause.
    [InlineData(new[] { 1, 2, 2 }, new[] { 0, 0, 0 })]
    public void A_judge_causes_a_spread_alert_when_it_would_not_be_raised_without_his_score(int[] scores, int[] caused)
    {
        var sheet = Sheet([.. scores.Select((s, i) => ("A2", $"J{i + 1}", (decimal)s))]);

        var lines = JudgeMarkingStatistics.Compute(Scheme, [], [sheet], [], null);

        Assert.Equal(caused, lines.Select(l => l.SpreadAlertsCaused));
    }
}
