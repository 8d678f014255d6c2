using System.Net;
using Competitions.Integration.Tests.Infrastructure;
using Competitions.Web.Api;

namespace Competitions.Integration.Tests.Scoring;

/// <summary>A tablet's outbox sent as one request: each mark answered as its own request would have been.</summary>
[Collection(ClusterCollection.Name)]
public sealed class MarkBatchTests(CompetitionsFixture fixture)
{
    [Fact]
    public async Task Each_mark_of_a_batch_is_stored_or_refused_on_its_own_and_a_resent_batch_stores_nothing_twice()
    {
        var contest = await TestContest.CreateAsync(fixture);
        using var tablet = fixture.CreateClient(await contest.SignInAsync("J2"));
        BatchMark[] marks =
        [
            new(Guid.NewGuid(), TestContest.EventCode, "C2", "A1", 3.5m),
            new(Guid.NewGuid(), TestContest.EventCode, "C2", "A2", 7m),                    // a judgement is 0 to 3
            new(Guid.NewGuid(), TestContest.EventCode, "C1", "A2", 2m),                    // J2 is recused from C1
            new(Guid.NewGuid(), TestContest.EventCode, "C3", "B1", 2m),
            new(Guid.NewGuid(), TestContest.EventCode, "C2", "A2", 3m),
            new(Guid.NewGuid(), TestContest.EventCode, "C3", "B1", 2m, JudgeId: "J3"),    // someone else's mark
            new(Guid.NewGuid(), TestContest.EventCode, "C9", "B1", 2m),                    // not entered
        ];

        var first = await (await tablet.PostJsonAsync($"/api/contests/{contest.ContestId}/marks", new MarkBatchRequest(marks))).ReadAsync<MarkBatchResponse>();

        Assert.Equal(marks.Select(m => m.MarkId), first.Outcomes.Select(o => o.MarkId));
        Assert.Equal([200, 400, 403, 200, 200, 403, 404], first.Outcomes.Select(o => o.Status));
        Assert.Equal(["mark-invalid", "recused", "not-your-mark", "competitor-not-found"],
            first.Outcomes.Where(o => o.Status != 200).Select(o => o.Code));
        Assert.Equal([1, 2], first.Outcomes.Where(o => o.Receipt is not null && marks.Single(m => m.MarkId == o.MarkId).CompetitorId == "C2").Select(o => o.Receipt!.Sequence));

        // The acknowledgement was lost: the tablet sends the same batch again.
        var second = await (await tablet.PostJsonAsync($"/api/contests/{contest.ContestId}/marks", new MarkBatchRequest(marks))).ReadAsync<MarkBatchResponse>();

        Assert.Equal(first.Outcomes.Select(o => (o.Status, o.Receipt)), second.Outcomes.Select(o => (o.Status, o.Receipt)));
        Assert.Equal([("A1", 3.5m), ("A2", 3m)], (await contest.LedgerAsync("C2")).Select(e => (e.AspectId!, e.Value!.Value)));
        Assert.Equal([2m], (await contest.LedgerAsync("C3")).Select(e => e.Value!.Value));
        Assert.Empty(await contest.LedgerAsync("C1"));
        // The board heard of the batch: of the nine marks each sheet expects, C2 has two and C3 one.
        var board = await contest.LeaderboardAsync();
        Assert.Equal(7, board.Rows.Single(r => r.CompetitorId == "C2").MissingMarks);
        Assert.Equal(8, board.Rows.Single(r => r.CompetitorId == "C3").MissingMarks);
    }

    [Fact]
    public async Task A_clean_batch_is_stored_as_one_chained_group_and_a_resend_with_one_new_mark_stores_only_that_one()
    {
        var contest = await TestContest.CreateAsync(fixture);
        using var tablet = fixture.CreateClient(await contest.SignInAsync("J1"));
        BatchMark[] marks =
        [
            new(Guid.NewGuid(), TestContest.EventCode, "C2", "A1", 3.5m),
            new(Guid.NewGuid(), TestContest.EventCode, "C2", "A2", 2m),
            new(Guid.NewGuid(), TestContest.EventCode, "C2", "B1", 3m),
        ];

        var first = await (await tablet.PostJsonAsync($"/api/contests/{contest.ContestId}/marks", new MarkBatchRequest(marks))).ReadAsync<MarkBatchResponse>();
        BatchMark[] resend = [.. marks, new(Guid.NewGuid(), TestContest.EventCode, "C2", "A2", 1m)];
        var second = await (await tablet.PostJsonAsync($"/api/contests/{contest.ContestId}/marks", new MarkBatchRequest(resend))).ReadAsync<MarkBatchResponse>();

        Assert.Equal([1, 2, 3], first.Outcomes.Select(o => o.Receipt!.Sequence));
        Assert.Equal([1, 2, 3, 4], second.Outcomes.Select(o => o.Receipt!.Sequence));
        var ledger = await contest.LedgerAsync("C2");
        Assert.Equal([3.5m, 2m, 3m, 1m], ledger.Select(e => e.Value!.Value));
        Assert.Equal(resend.Select(m => m.MarkId), ledger.Select(e => e.EntryId));
        await using var dataSource = Npgsql.NpgsqlDataSource.Create(fixture.Database.ConnectionString);
        await using var store = new Grains.Ledger.LedgerStore(dataSource);
        Assert.Empty(Domain.Ledger.LedgerChain.Verify(await store.ReadEventAsync($"{contest.ContestId}/{TestContest.EventCode}")));
        Assert.Equal(1m, (await contest.SheetAsync("C2")).Aspects.Single(a => a.AspectId == "A2").JudgeMarks.Single(m => m.JudgeId == "J1").Value);
    }

    [Fact]
    public async Task A_batch_that_is_empty_too_large_or_for_another_contest_is_refused_whole()
    {
        var contest = await TestContest.CreateAsync(fixture);
        var other = await TestContest.CreateAsync(fixture);
        using var tablet = fixture.CreateClient(await contest.SignInAsync("J1"));
        var mark = new BatchMark(Guid.NewGuid(), TestContest.EventCode, "C2", "A1", 3.5m);

        var empty = await tablet.PostJsonAsync($"/api/contests/{contest.ContestId}/marks", new MarkBatchRequest([]));
        var tooLarge = await tablet.PostJsonAsync($"/api/contests/{contest.ContestId}/marks",
            new MarkBatchRequest([.. Enumerable.Range(0, 501).Select(_ => mark with { MarkId = Guid.NewGuid() })]));
        var elsewhere = await tablet.PostJsonAsync($"/api/contests/{other.ContestId}/marks", new MarkBatchRequest([mark]));
        var incomplete = await tablet.PostJsonAsync($"/api/contests/{contest.ContestId}/marks", new MarkBatchRequest([mark, mark with { MarkId = Guid.Empty }]));
        using var anonymous = fixture.CreateClient();
        var unsigned = await anonymous.PostJsonAsync($"/api/contests/{contest.ContestId}/marks", new MarkBatchRequest([mark]));

        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        Assert.Contains("batch-size", await empty.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, tooLarge.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, elsewhere.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, incomplete.StatusCode);
        Assert.Contains("mark-incomplete", await incomplete.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Unauthorized, unsigned.StatusCode);
        Assert.Empty(await contest.LedgerAsync("C2"));
        Assert.Empty(await other.LedgerAsync("C2"));
    }
}
