using System.Net;
using Competitions.Contracts.Accounts;
using Competitions.Contracts.Appeals;
using Competitions.Contracts.Events;
using Competitions.Contracts.Ledger;
using Competitions.Contracts.Scoresheets;
using Competitions.Integration.Tests.Exports;
using Competitions.Integration.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Competitions.Integration.Tests.Console;

[Collection(ClusterCollection.Name)]
public sealed class AppealTests(CompetitionsFixture fixture)
{
    [Fact]
    public async Task An_upheld_appeal_lets_the_chief_judge_correct_the_published_result_and_both_are_in_the_ledger()
    {
        var contest = await PublishedContest.CreateAsync(fixture, appealHours: 2m);
        // C1 competes for 福田区; its team leader appeals, the 南山区 team leader cannot appeal for him.
        var leader = await fixture.CreateAccountClientAsync(new AccountSetup("福田区领队", false, [contest.ContestId], Role: AccountRole.TeamLeader, Delegation: "福田区"));
        var otherLeader = await fixture.CreateAccountClientAsync(new AccountSetup("南山区领队", false, [contest.ContestId], Role: AccountRole.TeamLeader, Delegation: "南山区"));
        var arbitrator = await fixture.CreateAccountClientAsync(new AccountSetup("仲裁组", false, [contest.ContestId], Role: AccountRole.Arbitrator));
        var appealsPath = $"{contest.EventPath}/appeals";
        var before = (await contest.LeaderboardAsync()).Rows.Single(r => r.CompetitorId == "C1");

        Assert.Equal(HttpStatusCode.Forbidden, (await otherLeader.PostJsonAsync(appealsPath, new AppealRequest("C1", "代为申诉"))).StatusCode);
        var request = new AppealRequest("C1", "B1 表面粗糙度评分过低", Guid.NewGuid());
        var appeal = await (await leader.PostJsonAsync(appealsPath, request)).ReadAsync<Appeal>();
        var resent = await (await leader.PostJsonAsync(appealsPath, request)).ReadAsync<Appeal>();
        Assert.Equal(appeal, resent); // the same appeal sent twice is lodged once
        Assert.Single(await (await contest.Organizer.GetAsync(appealsPath)).ReadAsync<List<Appeal>>());
        Assert.False((await contest.LeaderboardAsync()).IsFinal); // an open appeal holds the results
        Assert.Equal(HttpStatusCode.Forbidden, (await contest.Organizer.PostJsonAsync($"{appealsPath}/{appeal.Id}/decision", new AppealDecision(true, "组委会不能裁决"))).StatusCode);

        var reviewed = await (await arbitrator.GetAsync($"{appealsPath}/{appeal.Id}/ledger")).ReadAsync<List<LedgerEntryView>>();
        Assert.Contains(reviewed, e => e.AspectId == "B1" && e.JudgeId == "J3");
        var decided = await (await arbitrator.PostJsonAsync($"{appealsPath}/{appeal.Id}/decision", new AppealDecision(true, "复核录像，B1 应为 3 分"))).ReadAsync<Appeal>();
        Assert.Equal(AppealStatus.Upheld, decided.Status);

        var chief = fixture.CreateClient(await contest.SignInAsync("CHIEF"));
        var correctionsPath = $"{contest.EventPath}/competitors/C1/corrections";
        var withoutAppeal = await chief.PostJsonAsync(correctionsPath, new MarkCorrection(Guid.NewGuid(), "J3", "B1", 3m, "复核"));
        Assert.Equal(HttpStatusCode.Conflict, withoutAppeal.StatusCode);
        foreach (var judge in new[] { "J3", "J4", "J5" })
        {
            (await chief.PostJsonAsync(correctionsPath, new MarkCorrection(Guid.NewGuid(), judge, "B1", 3m, $"申诉 {appeal.Id} 维持", AppealId: appeal.Id))).EnsureSuccessStatusCode();
        }

        var after = (await contest.LeaderboardAsync()).Rows.Single(r => r.CompetitorId == "C1");
        Assert.True(after.Total > before.Total, $"{after.Total} should exceed {before.Total}");
        var ledger = await contest.LedgerAsync("C1");
        Assert.Equal(3, ledger.Count(e => e.Kind == LedgerKinds.MarkCorrected && e.Reason!.Contains(appeal.Id.ToString(), StringComparison.Ordinal)));
        var eventLedger = await (await contest.Organizer.GetAsync($"{contest.EventPath}/exports/ledger.csv")).Content.ReadAsStringAsync();
        Assert.Contains(LedgerKinds.AppealLodged, eventLedger, StringComparison.Ordinal);
        Assert.Contains("Upheld: 复核录像", eventLedger, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_appeal_after_the_deadline_is_refused_with_a_clear_message()
    {
        // 0.0005 h = 1.8 s after publication.
        var contest = await PublishedContest.CreateAsync(fixture, appealHours: 0.0005m);
        var leader = await fixture.CreateAccountClientAsync(new AccountSetup("福田区领队", false, [contest.ContestId], Role: AccountRole.TeamLeader, Delegation: "福田区"));
        await Task.Delay(TimeSpan.FromSeconds(2.5));

        var late = await leader.PostJsonAsync($"{contest.EventPath}/appeals", new AppealRequest("C1", "评分有误"));

        Assert.Equal(HttpStatusCode.Conflict, late.StatusCode);
        var problem = await late.Content.ReadAsStringAsync();
        Assert.Contains("deadline", problem, StringComparison.Ordinal);
        Assert.Contains("Asia/Shanghai", problem, StringComparison.Ordinal);
        Assert.Empty(await (await contest.Organizer.GetAsync($"{contest.EventPath}/appeals")).ReadAsync<List<Appeal>>());
    }

    [Fact]
    public async Task A_team_leader_lodges_an_appeal_and_an_arbitrator_upholds_it_in_the_console()
    {
        var contest = await PublishedContest.CreateAsync(fixture, appealHours: 2m);
        var leader = await fixture.ConsolePageAsync(new AccountSetup("福田区领队", false, [contest.ContestId], Role: AccountRole.TeamLeader, Delegation: "福田区"));
        await leader.GotoAsync($"/organizer/#/contest/{contest.ContestId}");
        var form = leader.GetByTestId("lodge-appeal");
        await form.Locator("select[name=event]").SelectOptionAsync(TestContest.EventCode);
        await Expect(form.Locator("select[name=competitor] option")).ToHaveCountAsync(2); // "—" and C1, the only 福田区 competitor
        await form.Locator("select[name=competitor]").SelectOptionAsync("C1");
        await form.Locator("textarea[name=reason]").FillAsync("B1 评分过低，请复核");
        await form.GetByRole(AriaRole.Button, new() { Name = "提交" }).ClickAsync();
        await Expect(leader.GetByTestId("appeal-C1").GetByTestId("appeal-status")).ToContainTextAsync("待裁决");

        var arbitrator = await fixture.ConsolePageAsync(new AccountSetup("仲裁组", false, [contest.ContestId], Role: AccountRole.Arbitrator));
        await arbitrator.GotoAsync($"/organizer/#/contest/{contest.ContestId}");
        var appeal = arbitrator.GetByTestId("appeal-C1");
        await appeal.GetByRole(AriaRole.Button, new() { Name = "查看评分账本" }).ClickAsync();
        await Expect(appeal.GetByTestId("appeal-ledger").Locator("tbody tr").First).ToBeVisibleAsync();
        await appeal.Locator("textarea[name=decision]").FillAsync("复核录像后维持");
        await appeal.GetByRole(AriaRole.Button, new() { Name = "维持申诉" }).ClickAsync();
        await Expect(appeal.GetByTestId("appeal-status")).ToContainTextAsync("维持申诉");

        var stored = Assert.Single(await (await contest.Organizer.GetAsync($"{contest.EventPath}/appeals")).ReadAsync<List<Appeal>>());
        Assert.Equal((AppealStatus.Upheld, "复核录像后维持"), (stored.Status, stored.Decision));
    }
}
