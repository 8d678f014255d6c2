using Competitions.Domain.Workflow;

namespace Competitions.Domain.Tests;

public sealed class EventWorkflowTests
{
    private static readonly Actor Organizer = new(true, null);
    private static readonly Actor Chief = new(false, "CHIEF");
    private static readonly Actor Judge = new(false, "J1");

    [Theory]
    [InlineData(EventStatus.Setup, EventStatus.Scoring, "organizer", null)]
    [InlineData(EventStatus.Setup, EventStatus.Scoring, "chief", "status-forbidden")]
    [InlineData(EventStatus.Scoring, EventStatus.Locked, "chief", null)]
    [InlineData(EventStatus.Scoring, EventStatus.Locked, "organizer", null)]
    [InlineData(EventStatus.Scoring, EventStatus.Locked, "judge", "status-forbidden")]
    [InlineData(EventStatus.Locked, EventStatus.Published, "organizer", null)]
    [InlineData(EventStatus.Locked, EventStatus.Published, "chief", "status-forbidden")]
    [InlineData(EventStatus.Scoring, EventStatus.Published, "organizer", "status-transition")]
    [InlineData(EventStatus.Published, EventStatus.Scoring, "organizer", "status-transition")]
    [InlineData(EventStatus.Locked, EventStatus.Scoring, "organizer", "status-transition")]
    public void The_workflow_only_moves_forward_one_step_and_each_step_has_its_people(EventStatus from, EventStatus to, string who, string? refusal)
    {
        var actor = who switch { "organizer" => Organizer, "chief" => Chief, _ => Judge };

        Assert.Equal(refusal, EventWorkflow.Transition(from, to, actor, isChief: who == "chief")?.Code);
    }

    [Fact]
    public void A_request_for_the_status_already_reached_is_a_resend_only_from_someone_who_could_have_made_it()
    {
        Assert.True(EventWorkflow.IsResend(EventStatus.Locked, EventStatus.Locked, Chief, isChief: true));
        Assert.True(EventWorkflow.IsResend(EventStatus.Published, EventStatus.Published, Organizer, isChief: false));
        Assert.False(EventWorkflow.IsResend(EventStatus.Published, EventStatus.Published, Chief, isChief: true));
        Assert.False(EventWorkflow.IsResend(EventStatus.Locked, EventStatus.Locked, Judge, isChief: false));
        Assert.False(EventWorkflow.IsResend(EventStatus.Setup, EventStatus.Setup, Organizer, isChief: false));
        Assert.False(EventWorkflow.IsResend(EventStatus.Scoring, EventStatus.Locked, Organizer, isChief: false));
    }
}
