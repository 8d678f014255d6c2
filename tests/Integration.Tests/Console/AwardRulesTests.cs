using Competitions.Contracts.Accounts;
using Competitions.Contracts.Events;
using Competitions.Contracts.Leaderboards;
using Competitions.Domain.Awards;
using Competitions.Domain.Workflow;
using Competitions.Integration.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Competitions.Integration.Tests.Console;

[Collection(ClusterCollection.Name)]
public sealed class AwardRulesTests(CompetitionsFixture fixture)
{
    [Fact]
    public async Task A_rule_set_configured_through_the_api_and_then_the_console_shows_its_prizes_titles_and_promotions_on_the_public_board()
    {
        var contest = await TestContest.CreateAsync(fixture);
        // Distinct totals: C3 ahead of C2 ahead of C1.
        foreach (var (competitor, judgement) in new[] { ("C1", 1m), ("C2", 2m), ("C3", 3m) })
        {
            await contest.CompleteSheetAsync(competitor, judgement);
            await contest.RecordTheoryAsync(competitor, 80m);
        }

        // Through the API: medals by place, one gold and one silver, a merit award down to place 3.
        var definition = (await (await contest.Organizer.GetAsync(contest.EventPath)).ReadAsync<EventView>()).Definition;
        await (await contest.Organizer.PutJsonAsync(contest.EventPath, definition with
        {
            Awards = new AwardRuleDefinition(MinimumScore: 0m, Basis: AwardBasis.Rank, FirstPlaces: 1, SecondPlaces: 1, ThirdPlaces: 0, MeritUpToPlace: 3),
        })).ReadAsync<EventView>();
        var board = await contest.LeaderboardAsync();
        Assert.Equal([("C3", AwardBand.First), ("C2", AwardBand.Second), ("C1", AwardBand.Merit)], board.Rows.Select(r => (r.CompetitorId, r.Award)));

        // Through the console: a bronze place, the 技术能手 title for the winner, medallists promoted to 技师.
        var page = await fixture.ConsolePageAsync(new AccountSetup("赛务组", false, [contest.ContestId]));
        await page.GotoAsync($"/organizer/#/contest/{contest.ContestId}/event/E1/settings");
        var rules = page.GetByTestId("award-rules");
        await Expect(rules.Locator("select[name=basis]")).ToHaveValueAsync("Rank");
        await rules.Locator("input[name=thirdPlaces]").FillAsync("1");
        await rules.GetByRole(AriaRole.Button, new() { Name = "+ 称号" }).ClickAsync();
        await rules.GetByLabel("称号名次").FillAsync("1");
        await rules.GetByRole(AriaRole.Button, new() { Name = "+ 晋级" }).ClickAsync();
        await page.GetByTestId("event-settings").GetByRole(AriaRole.Button, new() { Name = "保存" }).ClickAsync();
        await Expect(page.GetByTestId("event-settings").Locator(".outcome.ok")).ToBeVisibleAsync();

        var staffBoard = await contest.LeaderboardAsync();
        Assert.Equal([AwardBand.First, AwardBand.Second, AwardBand.Third], staffBoard.Rows.Select(r => r.Award));
        Assert.Equal(["技术能手", null, null], staffBoard.Rows.Select(r => r.Title));

        (await contest.ChangeStatusAsync(contest.Organizer, EventStatus.Locked)).EnsureSuccessStatusCode();
        (await contest.ChangeStatusAsync(contest.Organizer, EventStatus.Published)).EnsureSuccessStatusCode();
        await page.GotoAsync($"/board/?contest={contest.ContestId}#/event/E1");
        var first = page.Locator("[data-testid='ranking'] tbody tr").First;
        await Expect(first).ToHaveAttributeAsync("data-name", "张强"); // C3
        await Expect(first.GetByTestId("award")).ToContainTextAsync("技术能手");
        await Expect(first.GetByTestId("award")).ToContainTextAsync("技师");
        await Expect(page.Locator("tr[data-name='王伟']").GetByTestId("award")).ToContainTextAsync("三等奖");

        // The contest home lists each delegation's best standardised result: one competitor each here, the winner first.
        var home = await (await fixture.CreateClient().GetAsync($"/api/public/contests/{contest.ContestId}")).ReadAsync<ContestBoardView>();
        var winner = staffBoard.Rows[0];
        Assert.Equal(("宝安区", winner.Standardised!.Value), (home.BestOfDelegation![0].Delegation, home.BestOfDelegation[0].Standardised));
        Assert.Equal(3, home.BestOfDelegation.Count);

        // The same on the winner's certificate and in the results file.
        using var certificates = UglyToad.PdfPig.PdfDocument.Open(await contest.Organizer.GetByteArrayAsync($"{contest.EventPath}/exports/certificates.pdf"));
        var certificate = certificates.GetPage(1).Text;
        Assert.Contains("技术能手", certificate, StringComparison.Ordinal);
        Assert.Contains("技师", certificate, StringComparison.Ordinal);
        var csv = await contest.Organizer.GetStringAsync($"{contest.EventPath}/exports/results.csv");
        Assert.Contains("一等奖,技术能手,技师,", csv, StringComparison.Ordinal);
    }
}
