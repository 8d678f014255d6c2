using System.Net;
using Competitions.Integration.Tests.Infrastructure;
using Competitions.Web.Api;

namespace Competitions.Integration.Tests.Scoring;

[Collection(ClusterCollection.Name)]
public sealed class JudgeSessionTests(CompetitionsFixture fixture)
{
    private async Task<string> SignInAsync(TestContest contest, string judgeId)
    {
        var code = await (await contest.Organizer.PostAsync($"/api/contests/{contest.ContestId}/judges/{judgeId}/sign-in-codes", null)).ReadAsync<SignInCodeResponse>();
        var session = await (await fixture.CreateClient().PostJsonAsync("/api/sessions", new SignInRequest(code.Code))).ReadAsync<SessionResponse>();
        Assert.Equal(judgeId, session.JudgeId);
        return session.Token;
    }

    [Fact]
    public async Task A_judge_signs_in_with_a_one_time_code_and_marks_as_himself()
    {
        var contest = await TestContest.CreateAsync(fixture);
        var tablet = fixture.CreateClient(await SignInAsync(contest, "J1"));

        var own = await tablet.PostJsonAsync($"{contest.EventPath}/competitors/C2/marks", new MarkRequest(Guid.NewGuid(), "A2", 3m));
        var forged = await tablet.PostJsonAsync($"{contest.EventPath}/competitors/C2/marks", new MarkRequest(Guid.NewGuid(), "A2", 3m, JudgeId: "J2"));

        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, forged.StatusCode);
        var entry = Assert.Single(await contest.LedgerAsync("C2"));
        Assert.Equal(("J1", "J1"), (entry.JudgeId, entry.ActorId));
    }

    [Fact]
    public async Task A_judge_sees_only_his_aspects_and_an_event_disappears_from_his_tablet_when_he_leaves_its_panels()
    {
        var contest = await TestContest.CreateAsync(fixture);
        var tablet = fixture.CreateClient(await SignInAsync(contest, "J5"));

        var before = await (await tablet.GetAsync("/api/judge/workload")).ReadAsync<Contracts.Judges.JudgeWorkload>();
        var work = Assert.Single(before.Events);
        Assert.Equal(["B1"], work.Assignment.Criteria.SelectMany(c => c.Aspects).Select(a => a.Id));
        Assert.All(work.Assignment.Competitors, c => Assert.Null(c.Name)); // blind marking: codes only

        await (await contest.Organizer.PutJsonAsync($"{contest.EventPath}/panels", new Contracts.Events.PanelSetup("CHIEF",
            [new Contracts.Events.JudgePanel("P1", ["J1", "J2"], ["A"], []), new Contracts.Events.JudgePanel("P2", ["J1", "J2", "J3", "J4"], ["B"], [])])))
            .ReadAsync<Contracts.Events.EventView>();
        var after = await (await tablet.GetAsync("/api/judge/workload")).ReadAsync<Contracts.Judges.JudgeWorkload>();
        Assert.Empty(after.Events);
    }

    [Fact]
    public async Task A_code_works_once()
    {
        var contest = await TestContest.CreateAsync(fixture);
        var code = await (await contest.Organizer.PostAsync($"/api/contests/{contest.ContestId}/judges/J3/sign-in-codes", null)).ReadAsync<SignInCodeResponse>();

        var first = await fixture.CreateClient().PostJsonAsync("/api/sessions", new SignInRequest(code.Code));
        var second = await fixture.CreateClient().PostJsonAsync("/api/sessions", new SignInRequest(code.Code));

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, second.StatusCode);
    }

    [Fact]
    public async Task A_revoked_session_can_no_longer_mark()
    {
        var contest = await TestContest.CreateAsync(fixture);
        var tablet = fixture.CreateClient(await SignInAsync(contest, "J4"));
        (await tablet.PostJsonAsync($"{contest.EventPath}/competitors/C2/marks", new MarkRequest(Guid.NewGuid(), "B1", 2m))).EnsureSuccessStatusCode();

        (await contest.Organizer.PostAsync($"/api/contests/{contest.ContestId}/judges/J4/sessions/revoke", null)).EnsureSuccessStatusCode();
        var after = await tablet.PostJsonAsync($"{contest.EventPath}/competitors/C2/marks", new MarkRequest(Guid.NewGuid(), "B1", 3m));

        Assert.Equal(HttpStatusCode.Unauthorized, after.StatusCode);
        Assert.Single(await contest.LedgerAsync("C2"));
    }

    [Fact]
    public async Task The_chief_judge_may_revoke_a_judge_of_his_event_and_a_panel_judge_may_not()
    {
        var contest = await TestContest.CreateAsync(fixture);
        var judge = fixture.CreateClient(await SignInAsync(contest, "J5"));
        var colleague = fixture.CreateClient(await SignInAsync(contest, "J1"));
        var chief = fixture.CreateClient(await SignInAsync(contest, "CHIEF"));

        var byColleague = await colleague.PostAsync($"/api/contests/{contest.ContestId}/judges/J5/sessions/revoke", null);
        var byChief = await chief.PostAsync($"/api/contests/{contest.ContestId}/judges/J5/sessions/revoke", null);
        var after = await judge.PostJsonAsync($"{contest.EventPath}/competitors/C2/marks", new MarkRequest(Guid.NewGuid(), "B1", 3m));

        Assert.Equal(HttpStatusCode.Forbidden, byColleague.StatusCode);
        Assert.Equal(HttpStatusCode.OK, byChief.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, after.StatusCode);
    }

    [Fact]
    public async Task A_sign_in_code_comes_with_a_printable_QR_code_of_its_link()
    {
        var contest = await TestContest.CreateAsync(fixture);
        var code = await (await contest.Organizer.PostAsync($"/api/contests/{contest.ContestId}/judges/J1/sign-in-codes", null)).ReadAsync<SignInCodeResponse>();

        Assert.EndsWith($"/judge/#/sign-in/{code.Code}", code.SignInUrl, StringComparison.Ordinal);
        Assert.StartsWith("<svg", code.QrSvg.TrimStart(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_judge_session_is_refused_on_another_contest_and_on_organizer_endpoints()
    {
        var contest = await TestContest.CreateAsync(fixture);
        var other = await TestContest.CreateAsync(fixture);
        var tablet = fixture.CreateClient(await SignInAsync(contest, "J1"));

        var elsewhere = await tablet.PostJsonAsync($"{other.EventPath}/competitors/C2/marks", new MarkRequest(Guid.NewGuid(), "A2", 3m));
        var roster = await tablet.GetAsync($"{contest.EventPath}/competitors");
        var board = await tablet.GetAsync($"{contest.EventPath}/leaderboard");
        var anonymous = await fixture.CreateClient().GetAsync($"{contest.EventPath}/leaderboard");

        Assert.Equal(HttpStatusCode.Forbidden, elsewhere.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, roster.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, board.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
    }
}
