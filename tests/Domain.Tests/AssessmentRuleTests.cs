using Competitions.Domain.Assessments;
using Competitions.Domain.Awards;
using Competitions.Domain.Scoring;

namespace Competitions.Domain.Tests;

/// <summary>The assessment rule (技能等级认定) at its boundaries: pass marks, unused parts, absence and missing marks.</summary>
public sealed class AssessmentRuleTests
{
    private static readonly AssessmentRule Rule = new(AssessmentRule.DefaultPassMark, AssessmentRule.DefaultPassMark, "中级工");
    private static readonly EventWeights BothParts = new(30m, 70m);

    public static TheoryData<decimal?, decimal, bool, PartResult, PartResult, PartResult> Cases => new()
    {
        // theory, practical, sheet complete → theory, practical, overall
        { 60m, 60m, true, PartResult.Pass, PartResult.Pass, PartResult.Pass },
        { 59.99m, 95m, true, PartResult.Fail, PartResult.Pass, PartResult.Fail },
        { 95m, 59.99m, true, PartResult.Pass, PartResult.Fail, PartResult.Fail },
        { 100m, 0m, true, PartResult.Pass, PartResult.Fail, PartResult.Fail },
        { null, 80m, false, PartResult.Pending, PartResult.Pending, PartResult.Pending },
        { 80m, 80m, false, PartResult.Pass, PartResult.Pending, PartResult.Pending },
        { 40m, 80m, false, PartResult.Fail, PartResult.Pending, PartResult.Pending },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Each_used_part_passes_at_its_pass_mark_and_the_whole_only_when_every_part_passes_and_every_mark_is_in(
        decimal? theory, decimal practical, bool complete, PartResult theoryResult, PartResult practicalResult, PartResult overall)
    {
        var outcome = Rule.Evaluate(BothParts, theory, practical, complete, absent: false);

        Assert.Equal((theoryResult, practicalResult, overall), (outcome.Theory, outcome.Practical, outcome.Overall));
        Assert.Equal(overall == PartResult.Pass ? "四级/中级工" : null, outcome.LevelCertified);
    }

    [Fact]
    public void A_part_with_no_weight_is_not_assessed_and_cannot_fail_the_candidate()
    {
        var outcome = Rule.Evaluate(EventWeights.PracticalOnly, theory: null, practical: 75m, complete: true, absent: false);

        Assert.Equal(new AssessmentOutcome(PartResult.NotAssessed, PartResult.Pass, PartResult.Pass, "四级/中级工"), outcome);
    }

    [Fact]
    public void Each_part_has_its_own_pass_mark()
    {
        var outcome = (Rule with { PracticalPassMark = 70m }).Evaluate(BothParts, theory: 65m, practical: 69.99m, complete: true, absent: false);

        Assert.Equal((PartResult.Pass, PartResult.Fail, PartResult.Fail), (outcome.Theory, outcome.Practical, outcome.Overall));
    }

    [Fact]
    public void An_absent_candidate_is_absent_not_failed_with_zero()
    {
        var outcome = Rule.Evaluate(EventWeights.PracticalOnly, theory: null, practical: 0m, complete: true, absent: true);

        Assert.Equal(new AssessmentOutcome(PartResult.NotAssessed, PartResult.Absent, PartResult.Absent, null), outcome);
    }

    [Theory]
    [InlineData(60, 60, "四级", null)]
    [InlineData(0, 100, "高级技师", null)]
    [InlineData(-1, 60, "中级工", "A pass mark must be between 0 and 100.")]
    [InlineData(60, 100.01, "中级工", "A pass mark must be between 0 and 100.")]
    [InlineData(60, 60, "大师", "The assessed level must be one of 初级工, 中级工, 高级工, 技师, 高级技师 (or 五级 to 一级).")]
    [InlineData(60, 60, "", "The assessed level must be one of 初级工, 中级工, 高级工, 技师, 高级技师 (or 五级 to 一级).")]
    public void Pass_marks_are_0_to_100_and_the_level_is_one_of_the_ladder(double theory, double practical, string level, string? problem) =>
        Assert.Equal(problem, new AssessmentRule((decimal)theory, (decimal)practical, level).Validate());

    [Theory]
    [InlineData("四级", "四级/中级工")]
    [InlineData("中级工", "四级/中级工")]
    [InlineData(" 技师 ", "二级/技师")]
    [InlineData("大师", null)]
    public void Certificates_name_the_level_by_grade_and_name(string level, string? certified) =>
        Assert.Equal(certified, SkillLevels.Certified(level));
}
