using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Competitions.Contracts.Accounts;
using Competitions.Contracts.Appeals;
using Competitions.Contracts.Scoresheets;
using Competitions.Integration.Tests.Exports;
using Competitions.Integration.Tests.Infrastructure;
using Competitions.Integration.Tests.Tablet;

namespace Competitions.Integration.Tests.Integrity;

[Collection(ClusterCollection.Name)]
public sealed class CorrectionAfterPublicationTests(CompetitionsFixture fixture)
{
    [Fact]
    public async Task A_measurement_corrected_for_an_upheld_appeal_is_finished_under_the_same_appeal_and_the_public_never_sees_it_half_done()
    {
        var contest = await PublishedContest.CreateAsync(fixture, appealHours: 2m);
        var leader = await fixture.CreateAccountClientAsync(new AccountSetup($"南山区领队{contest.ContestId}", false, [contest.ContestId], Role: AccountRole.TeamLeader, Delegation: "南山区"));
        var arbitrator = await fixture.CreateAccountClientAsync(new AccountSetup($"仲裁组{contest.ContestId}", false, [contest.ContestId], Role: AccountRole.Arbitrator));
        var appealsPath = $"{contest.EventPath}/appeals";
        var appeal = await (await leader.PostJsonAsync(appealsPath, new AppealRequest("C2", "外圆 Φ40 实测超差", Guid.NewGuid()))).ReadAsync<Appeal>();
        (await arbitrator.PostJsonAsync($"{appealsPath}/{appeal.Id}/decision", new AppealDecision(true, "复测：A1 应为 2"))).EnsureSuccessStatusCode();
        var published = await PublicTotalAsync(contest, "李娜");
        var chief = fixture.CreateClient(await contest.SignInAsync("CHIEF"));
        var sheetPath = $"{contest.EventPath}/competitors/C2";

        var upheld = await (await chief.GetAsync($"{sheetPath}/appeals")).ReadAsync<List<Appeal>>();
        (await chief.PostJsonAsync($"{sheetPath}/corrections", new MarkCorrection(Guid.NewGuid(), "J1", "A1", 2m, "复测", AppealId: appeal.Id))).EnsureSuccessStatusCode();
        var halfway = await contest.SheetAsync("C2");
        await Task.Delay(TimeSpan.FromSeconds(1.5)); // past the public answers' one-second cache and the board's flush
        var publicHalfway = await PublicTotalAsync(contest, "李娜");
        var withoutAppeal = await chief.PostJsonAsync($"{sheetPath}/dispute-resolutions", new DisputeResolution(Guid.NewGuid(), "A1", 2m, "复测"));
        var resolved = await chief.PostJsonAsync($"{sheetPath}/dispute-resolutions", new DisputeResolution(Guid.NewGuid(), "A1", 2m, "复测", appeal.Id));

        Assert.Equal([appeal.Id], upheld.Select(a => a.Id));
        Assert.False(halfway.IsComplete); // J1 now says 2, J2 still 3.5: a dispute
        Assert.Equal(published, publicHalfway); // the public keeps the published result until the correction is whole
        Assert.Equal(HttpStatusCode.Conflict, withoutAppeal.StatusCode);
        Assert.Equal(HttpStatusCode.OK, resolved.StatusCode);
        var corrected = await contest.SheetAsync("C2");
        Assert.True(corrected.IsComplete);
        Assert.Equal(2m, corrected.Aspects.Single(a => a.AspectId == "A1").Mark);
        Assert.True(corrected.Total < published, $"{corrected.Total} should be below {published}");
        Assert.Equal(corrected.Total, await MarkingTests.WaitForAsync(() => PublicTotalAsync(contest, "李娜"), total => total == corrected.Total, seconds: 10));
        Assert.Contains(await contest.LedgerAsync("C2"), e => e.Kind == "dispute-resolved" && e.Reason!.Contains(appeal.Id.ToString(), StringComparison.Ordinal));
    }

    private async Task<decimal> PublicTotalAsync(TestContest contest, string name)
    {
        var board = await fixture.CreateClient().GetFromJsonAsync<JsonElement>($"/api/public/contests/{contest.ContestId}/events/{TestContest.EventCode}/leaderboard");
        return board.GetProperty("rows").EnumerateArray().Single(r => r.GetProperty("name").GetString() == name).GetProperty("total").GetDecimal();
    }
}
