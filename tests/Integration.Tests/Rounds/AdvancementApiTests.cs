using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Competitions.Contracts.Accounts;
using Competitions.Contracts.Advancement;
using Competitions.Contracts.Appeals;
using Competitions.Contracts.Events;
using Competitions.Contracts.Leaderboards;
using Competitions.Contracts.Scoresheets;
using Competitions.Domain.Advancement;
using Competitions.Domain.Workflow;
using Competitions.Integration.Tests.Infrastructure;
using Competitions.Integration.Tests.Tablet;

namespace Competitions.Integration.Tests.Rounds;

[Collection(ClusterCollection.Name)]
public sealed class AdvancementApiTests(CompetitionsFixture fixture)
{
    [Fact]
    public async Task A_two_venue_preliminary_feeds_the_final_from_import_to_final_results()
    {
        var contest = await TwoRoundContest.CreateAsync(fixture);

        var draft = await GetAsync(contest);
        Assert.Equal(AdvancementStage.Draft, draft.Stage);
        Assert.Null(draft.Problem);
        // Both venues ranked as one field: A1 9, B1 8, A2 7 advance.
        Assert.Equal(["A1", "B1", "A2", "B2", "A3", "B3", "A4", "B4"], draft.Rows.Select(r => r.CompetitorId));
        Assert.Equal(["A1", "B1", "A2"], Advancing(draft));
        Assert.Equal(["P-A", "P-B", "P-A"], draft.Rows.Take(3).Select(r => r.SourceEvent));

        var withdrawn = await (await contest.Organizer.PostJsonAsync($"{contest.AdvancementPath}/withdrawals", new AdvancementWithdrawal("B1", "本人放弃决赛资格")))
            .ReadAsync<AdvancementView>();
        Assert.Equal(["A1", "A2", "B2"], Advancing(withdrawn));
        Assert.Equal(AdvancementStatus.AdvancesAsReplacement, withdrawn.Rows.Single(r => r.CompetitorId == "B2").Status);

        var publicBefore = await fixture.CreateClient().GetAsync($"/api/public/contests/{contest.ContestId}/events/F/advancement");
        Assert.Equal(HttpStatusCode.NotFound, publicBefore.StatusCode);
        var announced = await (await contest.Organizer.PostAsync($"{contest.AdvancementPath}/announcement", null)).ReadAsync<AdvancementView>();
        Assert.Equal(AdvancementStage.Announced, announced.Stage);
        var notice = await fixture.CreateClient().GetFromJsonAsync<PublicAdvancement>($"/api/public/contests/{contest.ContestId}/events/F/advancement", Json.Options);
        Assert.Equal(["选手A1", "选手B1", "选手A2", "选手B2"], notice!.Rows.Select(r => r.Name)); // the withdrawal shown, the eliminated not
        Assert.Equal(AdvancementStatus.Withdrawn, notice.Rows[1].Status);

        var committed = await (await contest.Organizer.PostAsync($"{contest.AdvancementPath}/commit", null)).ReadAsync<AdvancementView>();
        Assert.Equal(AdvancementStage.Committed, committed.Stage);
        var roster = await contest.Organizer.GetFromJsonAsync<List<CompetitorEntry>>($"{contest.EventPath("F")}/competitors", Json.Options);
        Assert.Equal(["A1", "A2", "B2"], roster!.Select(c => c.Id).Order());
        Assert.Equal(("选手B2", "企业B2", "福田区"), roster!.Single(c => c.Id == "B2") is var b2 ? (b2.Name, b2.Organisation, b2.Delegation) : default);
        var again = await contest.Organizer.PostAsync($"{contest.AdvancementPath}/commit", null);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);

        var ledger = await contest.Organizer.GetStringAsync($"{contest.EventPath("F")}/exports/ledger.csv");
        Assert.Contains($"results-sha256={committed.ResultsHash}", ledger, StringComparison.Ordinal);
        Assert.Equal(3, ledger.Split('\n').Count(line => line.Contains("competitor-advanced", StringComparison.Ordinal)));
        Assert.Contains("from P-B/B2, rank 4, AdvancesAsReplacement", ledger, StringComparison.Ordinal);

        await contest.MarkAndPublishAsync("F", new Dictionary<string, decimal> { ["A1"] = 6m, ["A2"] = 9m, ["B2"] = 7m });
        var final = await contest.Organizer.GetFromJsonAsync<LeaderboardView>($"{contest.EventPath("F")}/leaderboard", Json.Options);
        Assert.True(final!.Rows.All(r => r.IsComplete));
        Assert.Equal(["A2", "B2", "A1"], final.Rows.OrderBy(r => r.Rank).Select(r => r.CompetitorId));
    }

    [Fact]
    public async Task An_appeal_upheld_in_the_preliminary_after_commit_that_changes_who_advances_is_flagged()
    {
        var contest = await TwoRoundContest.CreateAsync(fixture);
        (await contest.Organizer.PostAsync($"{contest.AdvancementPath}/announcement", null)).EnsureSuccessStatusCode();
        (await contest.Organizer.PostAsync($"{contest.AdvancementPath}/commit", null)).EnsureSuccessStatusCode();
        Assert.Empty((await GetAsync(contest)).NowAdvancing);

        // B2's team leader appeals; the arbitration group upholds it; P-B's chief corrects B2 from 6 to 7.5, past A2's 7.
        var leader = await fixture.CreateAccountClientAsync(new AccountSetup($"福田区领队{contest.ContestId}", false, [contest.ContestId], Role: AccountRole.TeamLeader, Delegation: "福田区"));
        var arbitrator = await fixture.CreateAccountClientAsync(new AccountSetup($"仲裁组{contest.ContestId}", false, [contest.ContestId], Role: AccountRole.Arbitrator));
        var appeals = $"{contest.EventPath("P-B")}/appeals";
        var appeal = await (await leader.PostJsonAsync(appeals, new AppealRequest("B2", "评分漏记一项", Guid.NewGuid()))).ReadAsync<Appeal>();
        (await arbitrator.PostJsonAsync($"{appeals}/{appeal.Id}/decision", new AppealDecision(true, "复核：应为 7.5"))).EnsureSuccessStatusCode();
        var chief = fixture.CreateClient(await TestContest.SignInAsync(contest.Organizer, contest.ContestId, "CB"));
        var corrected = await chief.PostJsonAsync($"{contest.EventPath("P-B")}/competitors/B2/corrections", new MarkCorrection(Guid.NewGuid(), "JB", "A1", 7.5m, "复核", AppealId: appeal.Id));
        Assert.True(corrected.IsSuccessStatusCode, await corrected.Content.ReadAsStringAsync());

        var flagged = await MarkingTests.WaitForAsync(() => GetAsync(contest), view => view.NowAdvancing.Count > 0, seconds: 10);
        Assert.Equal(["B2"], flagged.NowAdvancing);
        Assert.Equal(["A2"], flagged.NoLongerAdvancing);
        Assert.Equal(AdvancementStage.Committed, flagged.Stage);
        Assert.Equal(["A1", "B1", "A2"], Advancing(flagged)); // the committed list stays what it was
    }

    [Fact]
    public async Task Refusals_change_nothing_and_only_organizers_decide()
    {
        var contest = await TwoRoundContest.CreateAsync(fixture, new AdvancementDefinition(["P-A", "P-B"], AdvancementKind.ShareOfField, Percent: 50m));
        var judge = fixture.CreateClient(await TestContest.SignInAsync(contest.Organizer, contest.ContestId, "CF"));
        Assert.Equal(HttpStatusCode.Forbidden, (await judge.GetAsync(contest.AdvancementPath)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await fixture.CreateClient().PostAsync($"{contest.AdvancementPath}/commit", null)).StatusCode);

        var early = await contest.Organizer.PostAsync($"{contest.AdvancementPath}/commit", null);
        Assert.Equal(HttpStatusCode.Conflict, early.StatusCode);
        Assert.Equal("advancement-not-announced", await ProblemCodeAsync(early));
        var noReason = await contest.Organizer.PostJsonAsync($"{contest.AdvancementPath}/withdrawals", new AdvancementWithdrawal("A1", " "));
        Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
        var unknown = await contest.Organizer.PostJsonAsync($"{contest.AdvancementPath}/withdrawals", new AdvancementWithdrawal("Z9", "放弃"));
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);

        var view = await GetAsync(contest);
        Assert.Equal(AdvancementStage.Draft, view.Stage);
        Assert.Equal(["A1", "B1", "A2", "B2"], Advancing(view)); // half of eight
        Assert.Null(view.Rows.Single(r => r.CompetitorId == "A1").WithdrawalReason);

        // A final whose sources are not yet published has no list, only the reason.
        await contest.DefineAsync(new EventDefinition("F2", "铣工 决赛", "会展中心", Advancement: new AdvancementDefinition(["F"], Places: 1, Kind: AdvancementKind.TopPlaces)), "JF", "CF");
        var unpublished = await contest.Organizer.GetFromJsonAsync<AdvancementView>($"{contest.EventPath("F2")}/advancement", Json.Options);
        Assert.Empty(unpublished!.Rows);
        Assert.Contains("F", unpublished.Problem, StringComparison.Ordinal);
        var announce = await contest.Organizer.PostAsync($"{contest.EventPath("F2")}/advancement/announcement", null);
        Assert.Equal("source-not-published", await ProblemCodeAsync(announce));

        var selfSource = await contest.Organizer.PutJsonAsync(contest.EventPath("F3"), new EventDefinition("F3", "自引用", "会展中心", Advancement: new AdvancementDefinition(["F3"], Places: 1)));
        Assert.Equal(HttpStatusCode.BadRequest, selfSource.StatusCode);
    }

    private static List<string> Advancing(AdvancementView view) =>
        [.. view.Rows.Where(r => Advancements.IsAdvancing(r.Status)).Select(r => r.CompetitorId)];

    private static async Task<AdvancementView> GetAsync(TwoRoundContest contest) =>
        await contest.Organizer.GetFromJsonAsync<AdvancementView>(contest.AdvancementPath, Json.Options) ?? throw new InvalidOperationException();

    private static async Task<string?> ProblemCodeAsync(HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString();
}
