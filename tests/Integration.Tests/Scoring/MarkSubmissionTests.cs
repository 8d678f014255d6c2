using System.Net;
using System.Net.Http.Json;
using Competitions.Contracts.Scoresheets;
using Competitions.Integration.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc;

namespace Competitions.Integration.Tests.Scoring;

[Collection(ClusterCollection.Name)]
public sealed class MarkSubmissionTests(CompetitionsFixture fixture)
{
    [Fact]
    public async Task Accepted_marks_are_in_the_ledger_the_scoresheet_and_the_leaderboard()
    {
        var contest = await TestContest.CreateAsync(fixture);

        await contest.CompleteSheetAsync("C2");
        await contest.CompleteSheetAsync("C3", judgementScore: 3m);

        var sheet = await contest.SheetAsync("C2");
        // A1 3.5; A2 mean(3, 2) = 2.5 → 6 × 2.5 / 3 = 5; B1 trimmed (2, 2, 2) → 10 × 2 / 3 = 6.67. Raw 15.17 of 20.
        Assert.Equal([3.5m, 5m, 6.67m], sheet.Aspects.Select(a => a.Mark!.Value));
        Assert.Equal(75.85m, sheet.Practical);
        Assert.Equal(TestContest.ExpectedMarks("C2").Count, (await contest.LedgerAsync("C2")).Count);

        var board = await contest.LeaderboardAsync();
        Assert.Equal(["C3", "C2", "C1"], board.Rows.Select(r => r.CompetitorId));
        Assert.Equal([1, 2, 3], board.Rows.Select(r => r.Rank));
        Assert.Equal(sheet.Total, board.Rows.Single(r => r.CompetitorId == "C2").Total);
    }

    [Fact]
    public async Task The_same_mark_id_sent_twice_is_stored_once_and_answered_the_same()
    {
        var contest = await TestContest.CreateAsync(fixture);
        var markId = Guid.NewGuid();

        var first = await (await contest.MarkAsync("C2", "J1", "A2", 2m, markId)).ReadAsync<LedgerReceipt>();
        var second = await (await contest.MarkAsync("C2", "J1", "A2", 2m, markId)).ReadAsync<LedgerReceipt>();

        Assert.Equal(first, second);
        Assert.Single(await contest.LedgerAsync("C2"));
    }

    [Fact]
    public async Task The_same_mark_id_sent_concurrently_is_stored_once()
    {
        var contest = await TestContest.CreateAsync(fixture);
        var markId = Guid.NewGuid();

        var responses = await Task.WhenAll(Enumerable.Range(0, 12).Select(_ => contest.MarkAsync("C3", "J3", "B1", 3m, markId)));

        var receipts = await Task.WhenAll(responses.Select(r => r.ReadAsync<LedgerReceipt>()));
        Assert.Single(receipts.Distinct());
        Assert.Single(await contest.LedgerAsync("C3"));
        Assert.Equal(1L, await fixture.Database.ScalarAsync<long>($"SELECT count(*) FROM ledger_entries WHERE entry_id = '{markId}'"));
    }

    [Fact]
    public async Task A_mark_id_reused_for_a_different_mark_is_a_conflict()
    {
        var contest = await TestContest.CreateAsync(fixture);
        var markId = Guid.NewGuid();
        (await contest.MarkAsync("C2", "J1", "A2", 2m, markId)).EnsureSuccessStatusCode();

        var reused = await contest.MarkAsync("C2", "J1", "A2", 3m, markId);

        Assert.Equal(HttpStatusCode.Conflict, reused.StatusCode);
        Assert.Equal(2m, (await contest.SheetAsync("C2")).Aspects.Single(a => a.AspectId == "A2").JudgeMarks.Single().Value);
    }

    [Theory]
    [InlineData("C2", "J1", "A1", 4.5, HttpStatusCode.BadRequest, "mark-invalid")] // above max
    [InlineData("C2", "J1", "A1", 1.3, HttpStatusCode.BadRequest, "mark-invalid")] // off the 0.5 step
    [InlineData("C2", "J1", "A2", 2.5, HttpStatusCode.BadRequest, "mark-invalid")] // judgement is 0–3 integers
    [InlineData("C2", "J1", "Z9", 1, HttpStatusCode.BadRequest, "unknown-aspect")]
    [InlineData("C9", "J1", "A1", 1, HttpStatusCode.NotFound, "competitor-not-found")]
    [InlineData("C2", "J3", "A1", 1, HttpStatusCode.Forbidden, "not-on-panel")] // J3 sits on P2 only
    [InlineData("C1", "J2", "A1", 1, HttpStatusCode.Forbidden, "recused")] // J2 and C1 are both Org-A
    public async Task Refused_marks_get_a_problem_response_and_change_nothing(
        string competitorId, string judgeId, string aspectId, double value, HttpStatusCode status, string code)
    {
        var contest = await TestContest.CreateAsync(fixture);
        var before = await fixture.Database.ScalarAsync<long>("SELECT count(*) FROM ledger_entries");

        var response = await contest.MarkAsync(competitorId, judgeId, aspectId, (decimal)value);

        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<ProblemDetails>();
        Assert.Equal(code, problem!.Extensions["code"]!.ToString());
        Assert.Equal(before, await fixture.Database.ScalarAsync<long>("SELECT count(*) FROM ledger_entries"));
        if (competitorId != "C9")
        {
            Assert.All((await contest.SheetAsync(competitorId)).Aspects, a => Assert.Empty(a.JudgeMarks));
        }
    }

    [Fact]
    public async Task A_malformed_body_is_a_problem_response()
    {
        var contest = await TestContest.CreateAsync(fixture);
        var response = await contest.Organizer.PostAsync($"{contest.EventPath}/competitors/C2/marks",
            new StringContent("""{"markId":"not-a-guid","aspectId":"A1","value":1}""", System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Marks_are_refused_before_scoring_starts()
    {
        var contest = await TestContest.CreateAsync(fixture, startScoring: false);
        var response = await contest.MarkAsync("C2", "J1", "A2", 2m);
        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
    }
}
