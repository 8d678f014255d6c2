using Competitions.Contracts.Accounts;
using Competitions.Contracts.Events;
using Competitions.Domain.Competitors;
using Competitions.Integration.Tests.Infrastructure;
using Competitions.Integration.Tests.Retention;
using static Microsoft.Playwright.Assertions;

namespace Competitions.Integration.Tests.Registry;

/// <summary>The console's person lookup: an ID number typed in, the history shown with the number masked, the field cleared.</summary>
[Collection(ClusterCollection.Name)]
public sealed class PersonLookupScreenTests(CompetitionsFixture fixture)
{
    [Fact]
    public async Task An_organizer_types_an_id_number_and_reads_the_person_s_entries_with_the_number_masked()
    {
        var idNumber = PersonalDataErasureTests.MainlandId();
        var contest = await TestContest.CreateAsync(fixture);
        (await contest.Organizer.PostJsonAsync($"{contest.EventPath}/competitors", new[] { new CompetitorEntry("C2", "李娜", "Org-B", "南山区", 2, "M3X9", idNumber, "高级工") }))
            .EnsureSuccessStatusCode();
        var page = await fixture.ConsolePageAsync(new AccountSetup("组委会", false, [contest.ContestId]));

        await page.GotoAsync($"/organizer/#/contest/{contest.ContestId}/persons");
        await page.Locator("input[name=idNumber]").FillAsync(PersonalDataErasureTests.MainlandId());
        await page.GetByTestId("person-lookup").ClickAsync();
        await Expect(page.GetByRole(Microsoft.Playwright.AriaRole.Alert)).ToContainTextAsync("未找到");

        await page.Locator("input[name=idNumber]").FillAsync(idNumber);
        await page.GetByTestId("person-lookup").ClickAsync();

        var rows = page.GetByTestId("person-history").Locator("tbody tr");
        await Expect(rows).ToHaveCountAsync(1);
        await Expect(rows).ToContainTextAsync(contest.ContestId);
        await Expect(rows).ToContainTextAsync("高级工");
        await Expect(page.GetByTestId("person")).ToContainTextAsync($"李娜 {IdNumber.Mask(idNumber)}");
        await Expect(page.Locator("input[name=idNumber]")).ToHaveValueAsync("");
        Assert.DoesNotContain(idNumber, await page.ContentAsync(), StringComparison.Ordinal);
        await page.Context.DisposeAsync();
    }
}
