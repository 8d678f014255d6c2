using System.Net;
using Competitions.Contracts.Events;
using Competitions.Contracts.Ledger;
using Competitions.Contracts.Scoresheets;
using Competitions.Domain.Workflow;
using Competitions.Integration.Tests.Infrastructure;
using Competitions.Web.Api;

namespace Competitions.Integration.Tests.Scoring;

[Collection(ClusterCollection.Name)]
public sealed class LockAndCorrectionTests(CompetitionsFixture fixture)
{
    private async Task<HttpClient> ChiefAsync(TestContest contest) => fixture.CreateClient(await contest.SignInAsync("CHIEF"));


    [Fact]
    public async Task Lock_is_refused_while_marks_are_missing_and_accepted_when_complete()
    {
        var contest = await TestContest.CreateAsync(fixture);
        var chief = await ChiefAsync(contest);
        await contest.CompleteSheetAsync("C1");
        await contest.CompleteSheetAsync("C2");
        await contest.RecordTheoryAsync("C1", 80m);
        await contest.RecordTheoryAsync("C2", 90m);

        var refused = await contest.ChangeStatusAsync(chief, EventStatus.Locked);
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        // The refusal names the sheet by its blind code: a chief judge who marks must not learn who is behind it.
        Assert.Contains("P8R4", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        await contest.CompleteSheetAsync("C3");
        await contest.RecordTheoryAsync("C3", 70m);
        var locked = await (await contest.ChangeStatusAsync(chief, EventStatus.Locked)).ReadAsync<EventView>();
        Assert.Equal(EventStatus.Locked, locked.Status);

        var late = await contest.MarkAsync("C2", "J1", "A2", 1m);
        Assert.Equal(HttpStatusCode.Conflict, late.StatusCode);
    }

    [Fact]
    public async Task A_measurement_dispute_blocks_the_lock_until_the_chief_judge_resolves_it()
    {
        var contest = await TestContest.CreateAsync(fixture);
        var chief = await ChiefAsync(contest);
        foreach (var competitor in new[] { "C1", "C2", "C3" })
        {
            await contest.CompleteSheetAsync(competitor);
            await contest.RecordTheoryAsync(competitor, 75m);
        }

        (await contest.MarkAsync("C2", "J2", "A1", 3m)).EnsureSuccessStatusCode(); // J1 said 3.5
        Assert.True((await contest.SheetAsync("C2")).Aspects.Single(a => a.AspectId == "A1").Disputed);
        Assert.Equal(HttpStatusCode.Conflict, (await contest.ChangeStatusAsync(chief, EventStatus.Locked)).StatusCode);

        var byOrganizer = await contest.Organizer.PostJsonAsync($"{contest.EventPath}/competitors/C2/dispute-resolutions", new DisputeResolution(Guid.NewGuid(), "A1", 3m, "remeasured"));
        Assert.Equal(HttpStatusCode.Forbidden, byOrganizer.StatusCode);
        (await chief.PostJsonAsync($"{contest.EventPath}/competitors/C2/dispute-resolutions", new DisputeResolution(Guid.NewGuid(), "A1", 3m, "remeasured with the chief's micrometer"))).EnsureSuccessStatusCode();

        Assert.Equal(3m, (await contest.SheetAsync("C2")).Aspects.Single(a => a.AspectId == "A1").Mark);
        Assert.Equal(HttpStatusCode.OK, (await contest.ChangeStatusAsync(chief, EventStatus.Locked)).StatusCode);
    }

    [Fact]
    public async Task After_lock_only_the_chief_judge_corrects_a_mark_and_the_reason_is_in_the_ledger()
    {
        var contest = await TestContest.CreateAsync(fixture);
        var chief = await ChiefAsync(contest);
        foreach (var competitor in new[] { "C1", "C2", "C3" })
        {
            await contest.CompleteSheetAsync(competitor);
            await contest.RecordTheoryAsync(competitor, 75m);
        }

        (await contest.ChangeStatusAsync(chief, EventStatus.Locked)).EnsureSuccessStatusCode();
        var before = (await contest.LeaderboardAsync()).Rows.Single(r => r.CompetitorId == "C3").Total;

        var noReason = await chief.PostJsonAsync($"{contest.EventPath}/competitors/C3/corrections", new MarkCorrection(Guid.NewGuid(), "J3", "B1", 3m, " "));
        var byOrganizer = await contest.Organizer.PostJsonAsync($"{contest.EventPath}/competitors/C3/corrections", new MarkCorrection(Guid.NewGuid(), "J3", "B1", 3m, "typo"));
        Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, byOrganizer.StatusCode);

        (await chief.PostJsonAsync($"{contest.EventPath}/competitors/C3/corrections", new MarkCorrection(Guid.NewGuid(), "J3", "B1", 3m, "J3 entered 2 for 3 (paper sheet)"))).EnsureSuccessStatusCode();

        var ledger = await contest.LedgerAsync("C3");
        var correction = ledger[^1];
        Assert.Equal((LedgerKinds.MarkCorrected, "CHIEF", "J3", 2m, 3m, "J3 entered 2 for 3 (paper sheet)"),
            (correction.Kind, correction.ActorId, correction.JudgeId, correction.PreviousValue, correction.Value, correction.Reason));
        Assert.True((await contest.LeaderboardAsync()).Rows.Single(r => r.CompetitorId == "C3").Total > before);
    }

    [Fact]
    public async Task A_judge_who_submitted_a_sheet_can_no_longer_change_it()
    {
        var contest = await TestContest.CreateAsync(fixture);
        await contest.CompleteSheetAsync("C2");

        (await contest.Organizer.PostJsonAsync($"{contest.EventPath}/competitors/C2/submissions", new SubmissionRequest(Guid.NewGuid(), "J3"))).EnsureSuccessStatusCode();
        var change = await contest.MarkAsync("C2", "J3", "B1", 3m);

        Assert.Equal(HttpStatusCode.Conflict, change.StatusCode);
        Assert.Equal(["J3"], (await contest.SheetAsync("C2")).SubmittedBy);
    }
}
