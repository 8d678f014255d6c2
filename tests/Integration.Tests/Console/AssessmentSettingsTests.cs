using Competitions.Contracts.Accounts;
using Competitions.Contracts.Events;
using Competitions.Integration.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Competitions.Integration.Tests.Console;

[Collection(ClusterCollection.Name)]
public sealed class AssessmentSettingsTests(CompetitionsFixture fixture)
{
    [Fact]
    public async Task The_event_form_makes_an_event_an_assessment_with_its_level_and_pass_marks_and_drops_the_award_rules()
    {
        var contest = await TestContest.CreateAsync(fixture, startScoring: false);
        var page = await fixture.ConsolePageAsync(new AccountSetup("赛务组", false, [contest.ContestId]));
        await page.GotoAsync($"/organizer/#/contest/{contest.ContestId}/event/E1/settings");
        var settings = page.GetByTestId("assessment-settings");
        await Expect(page.GetByTestId("award-rules")).ToBeVisibleAsync();

        await settings.GetByLabel("技能等级认定（不排名、不评奖，各部分达合格线即通过）").CheckAsync();
        await settings.GetByLabel("认定等级").SelectOptionAsync("高级工");
        await settings.GetByLabel("理论合格线").FillAsync("70");
        await Expect(page.GetByTestId("award-rules")).ToHaveCountAsync(0);
        await page.GetByTestId("event-settings").GetByRole(AriaRole.Button, new() { Name = "保存" }).ClickAsync();
        await Expect(page.GetByTestId("event-settings").Locator(".outcome.ok")).ToBeVisibleAsync();

        var definition = (await (await contest.Organizer.GetAsync(contest.EventPath)).ReadAsync<EventView>()).Definition;
        Assert.Equal(new AssessmentDefinition("高级工", 70m, 60m), definition.Assessment);
        await page.Context.DisposeAsync();
    }
}
