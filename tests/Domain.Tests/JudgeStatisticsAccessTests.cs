using Competitions.Domain.JudgeMarking;
using Competitions.Domain.Visibility;
using Competitions.Domain.Workflow;

namespace Competitions.Domain.Tests;

public sealed class JudgeStatisticsAccessTests
{
    [Theory]
    [InlineData(ViewerRole.Organizer, EventStatus.Scoring, null, true)]
    [InlineData(ViewerRole.ChiefJudge, EventStatus.Scoring, null, true)]
    [InlineData(ViewerRole.ChiefJudge, EventStatus.Published, null, true)]
    // A judge still marking must not learn how his panel scored; afterwards he reads his own line.
    [InlineData(ViewerRole.Judge, EventStatus.Scoring, "statistics-after-marking", false)]
    [InlineData(ViewerRole.Judge, EventStatus.Locked, null, false)]
    [InlineData(ViewerRole.Judge, EventStatus.Published, null, false)]
    [InlineData(ViewerRole.TeamLeader, EventStatus.Published, "chief-judge-only", false)]
    [InlineData(ViewerRole.Public, EventStatus.Published, "chief-judge-only", false)]
    public void Organizers_and_the_chief_see_every_line_live_and_a_judge_his_own_once_marking_is_closed(
        ViewerRole role, EventStatus status, string? refusal, bool everyJudge)
    {
        var viewer = new Viewer(role);

        Assert.Equal(refusal, JudgeStatisticsAccess.Reading(viewer, status)?.Code);
        Assert.Equal(everyJudge, JudgeStatisticsAccess.SeesEveryJudge(viewer));
    }
}
