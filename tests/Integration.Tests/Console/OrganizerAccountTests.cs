using System.Net;
using System.Text.Json.Nodes;
using Competitions.Contracts.Accounts;
using Competitions.Contracts.Contests;
using Competitions.Contracts.Events;
using Competitions.Contracts.Sessions;
using Competitions.Integration.Tests.Infrastructure;
using Competitions.Web.Api;
using Competitions.Web.Security;

namespace Competitions.Integration.Tests.Console;

[Collection(ClusterCollection.Name)]
public sealed class OrganizerAccountTests(CompetitionsFixture fixture)
{
    [Fact]
    public async Task Every_refused_sign_in_gets_the_same_answer_whatever_the_reason()
    {
        var password = SecretHash.NewSecret();
        var known = await NewAccountAsync(password);
        var disabled = await NewAccountAsync(password, disabled: true);
        var lockedOut = await NewAccountAsync(password);
        var browser = fixture.CreateClientFrom(CompetitionsFixture.NewLoopbackAddress());

        var unknownUser = await browser.PostJsonAsync("/api/account/sign-in", new SignInPasswordRequest($"x{Guid.NewGuid():N}"[..16], password));
        var wrongPassword = await browser.PostJsonAsync("/api/account/sign-in", new SignInPasswordRequest(known, "not-the-password"));
        var disabledAccount = await browser.PostJsonAsync("/api/account/sign-in", new SignInPasswordRequest(disabled, password));
        for (var i = 0; i < 5; i++)
        {
            Assert.Equal(HttpStatusCode.Unauthorized, (await browser.PostJsonAsync("/api/account/sign-in", new SignInPasswordRequest(lockedOut, "not-the-password"))).StatusCode);
        }

        var heldBack = await browser.PostJsonAsync("/api/account/sign-in", new SignInPasswordRequest(lockedOut, password));

        HttpResponseMessage[] refusals = [unknownUser, wrongPassword, disabledAccount, heldBack];
        Assert.All(refusals, r => Assert.Equal(HttpStatusCode.Unauthorized, r.StatusCode));
        var bodies = await Task.WhenAll(refusals.Select(WithoutTraceIdAsync));
        Assert.Contains("sign-in-refused", bodies[0], StringComparison.Ordinal);
        Assert.All(bodies, body => Assert.Equal(bodies[0], body));
    }

    [Fact]
    public async Task An_attacker_guessing_from_one_address_does_not_keep_the_administrator_out_from_another()
    {
        var password = SecretHash.NewSecret();
        var administrator = await NewAccountAsync(password, administrator: true);
        var attacker = fixture.CreateClientFrom(CompetitionsFixture.NewLoopbackAddress());

        for (var i = 0; i < 20; i++)
        {
            Assert.Equal(HttpStatusCode.Unauthorized, (await attacker.PostJsonAsync("/api/account/sign-in", new SignInPasswordRequest(administrator, $"guess-{i}"))).StatusCode);
        }

        var attackerWithThePassword = await attacker.PostJsonAsync("/api/account/sign-in", new SignInPasswordRequest(administrator, password));
        var realAdministrator = fixture.CreateClientFrom(CompetitionsFixture.NewLoopbackAddress());
        var signedIn = await realAdministrator.PostJsonAsync("/api/account/sign-in", new SignInPasswordRequest(administrator, password));

        Assert.Equal(HttpStatusCode.Unauthorized, attackerWithThePassword.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, signedIn.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await realAdministrator.GetAsync("/api/accounts")).StatusCode);
    }

    private async Task<string> NewAccountAsync(string password, bool administrator = false, bool disabled = false)
    {
        var userName = $"u{Guid.NewGuid():N}"[..16];
        await fixture.Grains.GetGrain<IAccountGrain>(userName).Save(new AccountSetup("组委会", administrator, [], password, disabled));
        return userName;
    }

    private static async Task<string> WithoutTraceIdAsync(HttpResponseMessage response)
    {
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
        Assert.True(body.Remove("traceId"));
        return body.ToJsonString();
    }

    [Fact]
    public async Task A_console_change_without_the_anti_forgery_token_is_refused_and_changes_nothing()
    {
        var contest = await TestContest.CreateAsync(fixture, startScoring: false);
        var console = await fixture.CreateConsoleClientAsync(administrator: false, contest.ContestId);
        var definition = new EventDefinition("E2", "焊工", "实训楼B");

        var token = console.DefaultRequestHeaders.GetValues(AuthenticationSetup.AntiforgeryHeader).Single();
        console.DefaultRequestHeaders.Remove(AuthenticationSetup.AntiforgeryHeader);
        var refused = await console.PutJsonAsync($"/api/contests/{contest.ContestId}/events/E2", definition);
        console.DefaultRequestHeaders.Add(AuthenticationSetup.AntiforgeryHeader, token);
        var accepted = await console.PutJsonAsync($"/api/contests/{contest.ContestId}/events/E3", definition with { Code = "E3" });

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        var events = (await (await contest.Organizer.GetAsync($"/api/contests/{contest.ContestId}")).ReadAsync<ContestView>()).EventCodes;
        Assert.DoesNotContain("E2", events);
        Assert.Contains("E3", events);
    }

    [Fact]
    public async Task An_organizer_sees_and_runs_only_his_contests_and_loses_them_at_once_when_disabled()
    {
        var mine = await TestContest.CreateAsync(fixture, startScoring: false);
        var other = await TestContest.CreateAsync(fixture, startScoring: false);
        var console = await fixture.CreateConsoleClientAsync(administrator: false, mine.ContestId);

        var listed = await (await console.GetAsync("/api/contests")).ReadAsync<List<ContestDefinition>>();
        Assert.Equal([mine.ContestId], listed.Select(c => c.Id));
        Assert.Equal(HttpStatusCode.OK, (await console.GetAsync($"/api/contests/{mine.ContestId}/events/E1")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await console.GetAsync($"/api/contests/{other.ContestId}/events/E1")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await console.PostJsonAsync("/api/contests", new ContestDefinition("x1", "x", default, default, "UTC", []))).StatusCode);

        var account = await (await console.GetAsync("/api/account")).ReadAsync<AccountResponse>();
        await fixture.Grains.GetGrain<IAccountGrain>(account.Account.UserName)
            .Save(new AccountSetup(account.Account.DisplayName, false, [mine.ContestId], Disabled: true));

        Assert.Equal(HttpStatusCode.Unauthorized, (await console.GetAsync($"/api/contests/{mine.ContestId}/events/E1")).StatusCode);
    }

    [Fact]
    public async Task A_new_password_ends_the_sessions_signed_in_with_the_old_one()
    {
        var contest = await TestContest.CreateAsync(fixture, startScoring: false);
        var console = await fixture.CreateConsoleClientAsync(administrator: false, contest.ContestId);
        var account = (await (await console.GetAsync("/api/account")).ReadAsync<AccountResponse>()).Account;
        Assert.Equal(HttpStatusCode.OK, (await console.GetAsync($"/api/contests/{contest.ContestId}/events/E1")).StatusCode);

        await fixture.Grains.GetGrain<IAccountGrain>(account.UserName).Save(new AccountSetup(account.DisplayName, false, [contest.ContestId], SecretHash.NewSecret()));

        Assert.Equal(HttpStatusCode.Unauthorized, (await console.GetAsync($"/api/contests/{contest.ContestId}/events/E1")).StatusCode);
    }

    [Fact]
    public async Task Only_administrators_manage_accounts_and_a_short_password_is_refused()
    {
        var administrator = await fixture.CreateConsoleClientAsync(administrator: true);
        var organizer = await fixture.CreateConsoleClientAsync(administrator: false);
        var userName = $"n{Guid.NewGuid():N}"[..12];

        var refused = await organizer.PutJsonAsync($"/api/accounts/{userName}", new AccountSetup("新人", true, [], "long-enough-password"));
        var tooShort = await administrator.PutJsonAsync($"/api/accounts/{userName}", new AccountSetup("新人", false, [], "short"));
        var created = await administrator.PutJsonAsync($"/api/accounts/{userName}", new AccountSetup("新人", false, ["c1"], "long-enough-password"));

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, tooShort.StatusCode);
        Assert.Equal(HttpStatusCode.OK, created.StatusCode);
        var listed = await (await administrator.GetAsync("/api/accounts")).ReadAsync<List<Account>>();
        Assert.Equal(["c1"], Assert.Single(listed, a => a.UserName == userName).ContestIds);
        var body = await created.Content.ReadAsStringAsync();
        Assert.DoesNotContain("long-enough-password", body, StringComparison.Ordinal);
        Assert.DoesNotContain("hash", body, StringComparison.OrdinalIgnoreCase);
    }
}
