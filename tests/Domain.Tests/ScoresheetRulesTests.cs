using Competitions.Domain.Scheme;
using Competitions.Domain.Scoresheets;
using Competitions.Domain.Workflow;

namespace Competitions.Domain.Tests;

/// <summary>
/// The score sheet's commands on one sheet: A1 measurement (0–4, step 0.5) and B1 judgement, J1 and J2 mark A1, J1 to
/// J3 mark B1, J2 is recused, CHIEF is the chief judge.
/// </summary>
public sealed class ScoresheetRulesTests
{
    private static readonly Actor Organizer = new(true, null);
    private static readonly Actor Chief = new(false, "CHIEF");

    private static Actor Judge(string id) => new(false, id);

    private static SheetSituation Sheet(
        EventStatus status = EventStatus.Scoring,
        Dictionary<(string, string), decimal>? marks = null,
        string[]? submittedBy = null,
        (string Aspect, string Judge)? remark = null) => new(
            status,
            "CHIEF",
            new MarkingScheme(
            [
                new AspectRule("A1", "A", AspectKind.Measurement, 4m, 0.5m, AggregationMethod.Mean, 1m),
                new AspectRule("B1", "B", AspectKind.Judgement, 6m, 1m, AggregationMethod.Mean, 1m),
            ]),
            new Dictionary<string, IReadOnlyList<string>> { ["J1"] = ["A1", "B1"], ["J2"] = ["A1", "B1"], ["J3"] = ["B1"] },
            new Dictionary<string, string> { ["J2"] = "same organisation" },
            marks ?? [],
            new HashSet<string>(submittedBy ?? []),
            (aspect, judge) => remark == (aspect, judge));

    [Theory]
    [InlineData("J1", "J1", "A1", 3.5, EventStatus.Scoring, null)]
    [InlineData("J1", "J3", "B1", 2, EventStatus.Scoring, "not-your-mark")]
    [InlineData("J1", "J1", "Z9", 1, EventStatus.Scoring, "unknown-aspect")]
    [InlineData("J3", "J3", "A1", 1, EventStatus.Scoring, "not-on-panel")]
    [InlineData("J2", "J2", "A1", 1, EventStatus.Scoring, "recused")]
    [InlineData("J1", "J1", "A1", 3.5, EventStatus.Setup, "event-not-scoring")]
    [InlineData("J1", "J1", "A1", 3.5, EventStatus.Locked, "event-locked")]
    [InlineData("J1", "J1", "A1", 3.3, EventStatus.Scoring, "mark-invalid")]
    [InlineData("J1", "J1", "B1", 4, EventStatus.Scoring, "mark-invalid")]
    public void A_mark_is_taken_only_from_the_judge_himself_on_his_panel_while_scoring_and_valid(
        string actor, string judge, string aspect, double value, EventStatus status, string? refusal) =>
        Assert.Equal(refusal, ScoresheetRules.Mark(Sheet(status), Judge(actor), judge, aspect, (decimal)value)?.Code);

    [Fact]
    public void An_organizer_keys_in_any_panel_judges_mark()
    {
        Assert.Null(ScoresheetRules.Mark(Sheet(), Organizer, "J3", "B1", 2m));
        Assert.Equal("recused", ScoresheetRules.Mark(Sheet(), Organizer, "J2", "B1", 2m)?.Code);
    }

    [Fact]
    public void A_submitted_sheet_is_closed_to_its_judge_except_for_an_aspect_he_was_asked_to_re_mark()
    {
        Assert.Equal("sheet-submitted", ScoresheetRules.Mark(Sheet(submittedBy: ["J1"]), Judge("J1"), "J1", "A1", 3m)?.Code);
        Assert.Null(ScoresheetRules.Mark(Sheet(submittedBy: ["J1"], remark: ("A1", "J1")), Judge("J1"), "J1", "A1", 3m));
        Assert.Equal("sheet-submitted", ScoresheetRules.Mark(Sheet(submittedBy: ["J1"], remark: ("A1", "J1")), Judge("J1"), "J1", "B1", 3m)?.Code);
    }

    [Theory]
    [InlineData(EventStatus.Scoring, null)]
    [InlineData(EventStatus.Locked, null)]
    [InlineData(EventStatus.Published, null)]
    [InlineData(EventStatus.Setup, "event-not-scoring")]
    public void The_chief_judge_corrects_with_a_reason_from_scoring_to_publication(EventStatus status, string? refusal)
    {
        Assert.Equal(refusal, ScoresheetRules.Correction(Sheet(status), Chief, "J1", "A1", 2m, "复测")?.Code);
        Assert.Equal("chief-judge-only", ScoresheetRules.Correction(Sheet(status), Judge("J1"), "J1", "A1", 2m, "复测")?.Code);
        Assert.Equal("chief-judge-only", ScoresheetRules.Correction(Sheet(status), Organizer, "J1", "A1", 2m, "复测")?.Code);
        Assert.Equal("reason-required", ScoresheetRules.Correction(Sheet(status), Chief, "J1", "A1", 2m, " ")?.Code);
    }

    [Theory]
    [InlineData("A1", 2, EventStatus.Published, null)]
    [InlineData("B1", 2, EventStatus.Scoring, "not-measurement")]
    [InlineData("A1", 2.2, EventStatus.Locked, "mark-invalid")]
    [InlineData("A1", 2, EventStatus.Setup, "event-not-scoring")]
    public void Disputes_are_resolved_on_measurement_aspects_by_the_chief_judge(string aspect, double value, EventStatus status, string? refusal) =>
        Assert.Equal(refusal, ScoresheetRules.DisputeResolution(Sheet(status), Chief, aspect, (decimal)value, "复测")?.Code);

    [Theory]
    [InlineData(EventStatus.Setup, 88.25, null)]
    [InlineData(EventStatus.Scoring, 100, null)]
    [InlineData(EventStatus.Locked, 88, "event-locked")]
    [InlineData(EventStatus.Scoring, 100.01, "theory-out-of-range")]
    [InlineData(EventStatus.Scoring, 88.125, "theory-out-of-range")]
    public void Theory_scores_come_from_organizers_before_the_lock_with_two_decimals(EventStatus status, double score, string? refusal)
    {
        Assert.Equal(refusal, ScoresheetRules.Theory(Sheet(status), Organizer, (decimal)score)?.Code);
        Assert.Equal("organizers-only", ScoresheetRules.Theory(Sheet(status), Chief, (decimal)score)?.Code);
    }

    [Fact]
    public void A_judge_submits_his_own_complete_marking_once()
    {
        var complete = new Dictionary<(string, string), decimal> { [("A1", "J1")] = 3m, [("B1", "J1")] = 2m };

        Assert.Equal("not-your-sheet", ScoresheetRules.Submission(Sheet(marks: complete), Judge("J3"), "J1")?.Code);
        Assert.Equal("not-on-panel", ScoresheetRules.Submission(Sheet(), Judge("J2"), "J2")?.Code); // recused
        Assert.Equal("marks-missing", ScoresheetRules.Submission(Sheet(), Judge("J1"), "J1")?.Code);
        Assert.Null(ScoresheetRules.Submission(Sheet(marks: complete), Judge("J1"), "J1"));
        Assert.Equal("already-submitted", ScoresheetRules.Submission(Sheet(marks: complete, submittedBy: ["J1"]), Judge("J1"), "J1")?.Code);
        Assert.Equal("event-locked", ScoresheetRules.Submission(Sheet(EventStatus.Locked, complete), Judge("J1"), "J1")?.Code);
    }

    [Fact]
    public void Re_marks_are_asked_by_the_chief_judge_of_a_panel_judge_while_scoring()
    {
        Assert.Null(ScoresheetRules.RemarkRequest(Sheet(), Chief, "J1", "A1", "请复核"));
        Assert.Equal("reason-required", ScoresheetRules.RemarkRequest(Sheet(), Chief, "J1", "A1", null)?.Code);
        Assert.Equal("not-on-panel", ScoresheetRules.RemarkRequest(Sheet(), Chief, "J3", "A1", "请复核")?.Code);
        Assert.Equal("event-locked", ScoresheetRules.RemarkRequest(Sheet(EventStatus.Locked), Chief, "J1", "A1", "请复核")?.Code);
        Assert.Equal("chief-judge-only", ScoresheetRules.RemarkRequest(Sheet(), Organizer, "J1", "A1", "请复核")?.Code);
    }
}
