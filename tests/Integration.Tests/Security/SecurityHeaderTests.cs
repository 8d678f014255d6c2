using System.Net;
using Competitions.Contracts.Accounts;
using Competitions.Integration.Tests.Infrastructure;
using Competitions.Web.Api;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Competitions.Integration.Tests.Security;

[Collection(ClusterCollection.Name)]
public sealed class SecurityHeaderTests(CompetitionsFixture fixture)
{
    // Records every violation the page reports, from the first script on, for each document the context opens.
    private const string RecordViolations = """
        window.__cspViolations = [];
        document.addEventListener('securitypolicyviolation', e => window.__cspViolations.push(e.violatedDirective + ' ' + e.blockedURI));
        """;

    [Fact]
    public async Task Pages_api_answers_problems_and_the_hub_carry_the_security_headers()
    {
        var contest = await TestContest.CreateAsync(fixture, startScoring: false);
        var anonymous = fixture.CreateClient();

        HttpResponseMessage[] responses =
        [
            await anonymous.GetAsync("/board/"),
            await anonymous.GetAsync("/organizer/"),
            await contest.Organizer.GetAsync($"/api/contests/{contest.ContestId}"),
            await anonymous.PostJsonAsync("/api/account/sign-in", new SignInPasswordRequest($"x{Guid.NewGuid():N}"[..16], "not-a-password")),
            await contest.Organizer.GetAsync($"/api/contests/{contest.ContestId}/events/NOPE"),
            await anonymous.PostAsync("/hubs/live/negotiate?negotiateVersion=1", null),
        ];

        Assert.Equal(
            [HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.Unauthorized, HttpStatusCode.NotFound, HttpStatusCode.OK],
            responses.Select(r => r.StatusCode));
        Assert.Equal("application/problem+json", responses[4].Content.Headers.ContentType?.MediaType);
        foreach (var response in responses)
        {
            var policy = Header(response, "Content-Security-Policy");
            Assert.Contains("script-src 'self';", policy, StringComparison.Ordinal);
            Assert.Contains("frame-ancestors 'none'", policy, StringComparison.Ordinal);
            Assert.DoesNotContain("unsafe-inline", policy, StringComparison.Ordinal);
            Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
            Assert.Equal("DENY", Header(response, "X-Frame-Options"));
            Assert.Equal("no-referrer", Header(response, "Referrer-Policy"));
        }
    }

    [Fact]
    public async Task The_public_board_with_its_live_connection_breaks_no_content_security_rule()
    {
        var contest = await TestContest.CreateAsync(fixture);
        var (page, consoleErrors) = await OpenAsync();

        await AssertUnderPolicyAsync(await page.GotoAsync($"/board/?contest={contest.ContestId}#/event/{TestContest.EventCode}"));
        await Expect(page.Locator("[data-testid='ranking'] tbody tr")).ToHaveCountAsync(3);
        await Expect(page.GetByTestId("live-state")).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("live"));

        await AssertNoViolationsAsync(page, consoleErrors);
    }

    [Fact]
    public async Task The_judges_tablet_signing_in_and_marking_breaks_no_content_security_rule()
    {
        var contest = await TestContest.CreateAsync(fixture);
        var (page, consoleErrors) = await OpenAsync();
        var code = await (await contest.Organizer.PostAsync($"/api/contests/{contest.ContestId}/judges/J1/sign-in-codes", null)).ReadAsync<SignInCodeResponse>();

        await AssertUnderPolicyAsync(await page.GotoAsync(code.SignInPath));
        await page.Locator(".card").First.ClickAsync();
        await page.Locator("[data-competitor='C2']").ClickAsync();
        await page.Locator("[data-aspect='A2'] [data-score='2']").ClickAsync();
        await Expect(page.Locator("[data-aspect='A2'] [data-testid='mark-status']")).ToHaveAttributeAsync("data-status", "synced");

        await AssertNoViolationsAsync(page, consoleErrors);
    }

    [Fact]
    public async Task The_organizer_console_issuing_qr_codes_breaks_no_content_security_rule()
    {
        var contest = await TestContest.CreateAsync(fixture);
        var userName = $"a{Guid.NewGuid():N}"[..12];
        var password = Competitions.Contracts.Sessions.SecretHash.NewSecret();
        await fixture.Grains.GetGrain<IAccountGrain>(userName).Save(new AccountSetup("组委会", true, [], password));
        var (page, consoleErrors) = await OpenAsync();

        await AssertUnderPolicyAsync(await page.GotoAsync("/organizer/"));
        await page.Locator("input[name=userName]").FillAsync(userName);
        await page.Locator("input[name=password]").FillAsync(password);
        await page.GetByTestId("sign-in").ClickAsync();
        await Expect(page.GetByTestId("account")).ToBeVisibleAsync();
        await page.GotoAsync($"/organizer/#/contest/{contest.ContestId}/judges");
        // "All" selects the judges listed so far: wait for the list, or a slow load selects none.
        await Expect(page.GetByTestId("judges").Locator("tbody tr")).ToHaveCountAsync(TestContest.JudgeOrganisations.Count);
        await page.GetByRole(AriaRole.Button, new() { Name = "全选" }).ClickAsync();
        await page.GetByTestId("issue-codes").ClickAsync();
        await Expect(page.GetByTestId("sign-in-code")).ToHaveCountAsync(TestContest.JudgeOrganisations.Count);
        await Expect(page.Locator(".qr svg").First).ToBeVisibleAsync();

        await AssertNoViolationsAsync(page, consoleErrors);
    }

    private async Task<(IPage Page, List<string> ConsoleErrors)> OpenAsync()
    {
        var context = await (await fixture.BrowserAsync()).NewContextAsync(new BrowserNewContextOptions { BaseURL = fixture.BaseAddress.ToString(), Locale = "zh-CN" });
        await context.AddInitScriptAsync(RecordViolations);
        var page = await context.NewPageAsync();
        var consoleErrors = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase))
            {
                consoleErrors.Add(message.Text);
            }
        };
        return (page, consoleErrors);
    }

    /// <summary>The page was served with the policy, so an absence of violations means it satisfies it.</summary>
    private static async Task AssertUnderPolicyAsync(IResponse? document)
    {
        var policy = await document!.HeaderValueAsync("content-security-policy");
        Assert.Contains("script-src 'self';", policy ?? string.Empty, StringComparison.Ordinal);
    }

    private static async Task AssertNoViolationsAsync(IPage page, List<string> consoleErrors)
    {
        var violations = await page.EvaluateAsync<string[]>("window.__cspViolations");
        await page.Context.DisposeAsync();
        Assert.Empty(violations);
        Assert.Empty(consoleErrors);
    }

    private static string Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) || response.Content.Headers.TryGetValues(name, out values)
            ? string.Join(", ", values)
            : throw new Xunit.Sdk.XunitException($"{response.RequestMessage?.RequestUri} has no {name} header");
}
