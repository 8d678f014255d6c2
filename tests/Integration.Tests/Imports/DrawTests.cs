using System.Net;
using System.Net.Http.Json;
using Competitions.Contracts.Events;
using Competitions.Contracts.Judges;
using Competitions.Contracts.Leaderboards;
using Competitions.Contracts.Ledger;
using Competitions.Domain.Workflow;
using Competitions.Grains.Ledger;
using Competitions.Integration.Tests.Infrastructure;
using Npgsql;

namespace Competitions.Integration.Tests.Imports;

[Collection(ClusterCollection.Name)]
public sealed class DrawTests(CompetitionsFixture fixture)
{
    [Fact]
    public async Task The_same_seed_draws_the_same_lots_each_draw_is_in_the_ledger_and_only_organizers_read_it()
    {
        var contest = await TestContest.CreateAsync(fixture, startScoring: false);
        var drawUrl = $"{contest.EventPath}/draw";
        Assert.Equal(HttpStatusCode.NotFound, (await contest.Organizer.GetAsync(drawUrl)).StatusCode);

        var first = await (await contest.Organizer.PostJsonAsync(drawUrl, new DrawRequest("抽签-2026-10-12", TheoryCodes: true))).ReadAsync<DrawResult>();
        var second = await (await contest.Organizer.PostJsonAsync(drawUrl, new DrawRequest("抽签-2026-10-12", TheoryCodes: true))).ReadAsync<DrawResult>();

        Assert.Equal(first.Entries, second.Entries);
        Assert.Equal(first.MappingSha256, second.MappingSha256);
        Assert.Equal([1, 2, 3], first.Entries.Select(e => e.Station).Order());
        Assert.All(first.Entries, e => Assert.NotNull(e.TheoryCode));
        var roster = await contest.Organizer.GetFromJsonAsync<List<CompetitorEntry>>($"{contest.EventPath}/competitors", Json.Options);
        Assert.Equal(
            first.Entries.Select(e => (e.CompetitorId, (int?)e.Station, (string?)e.BlindCode, e.TheoryCode)),
            roster!.Select(c => (c.Id, c.Station, c.BlindCode, c.TheoryCode)));

        var store = new LedgerStore(NpgsqlDataSource.Create(fixture.Database.ConnectionString));
        var draws = (await store.ReadStreamAsync(LedgerStreams.Event($"{contest.ContestId}/{TestContest.EventCode}")))
            .Where(r => r.Record.Kind == LedgerKinds.LotsDrawn).ToList();
        Assert.Equal(2, draws.Count);
        Assert.All(draws, r => Assert.Contains($"seed=抽签-2026-10-12; theory-codes=true; sha256={first.MappingSha256}", r.Record.Reason, StringComparison.Ordinal));

        var other = await (await contest.Organizer.PostJsonAsync(drawUrl, new DrawRequest(null))).ReadAsync<DrawResult>();
        Assert.False(string.IsNullOrWhiteSpace(other.Seed));
        Assert.All(other.Entries, e => Assert.Null(e.TheoryCode));
        var last = await contest.Organizer.GetFromJsonAsync<DrawResult>(drawUrl, Json.Options);
        Assert.Equal((other.Seed, other.MappingSha256), (last!.Seed, last.MappingSha256));
        Assert.Equal(other.Entries, last.Entries);

        var judge = fixture.CreateClient(await contest.SignInAsync("CHIEF"));
        Assert.Equal(HttpStatusCode.Forbidden, (await judge.GetAsync(drawUrl)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await judge.PostJsonAsync(drawUrl, new DrawRequest("x"))).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await fixture.CreateClient().GetAsync(drawUrl)).StatusCode);
    }

    [Fact]
    public async Task Judges_of_a_blind_event_see_the_drawn_codes_but_no_names_and_no_draw_once_marking_started()
    {
        var contest = await TestContest.CreateAsync(fixture, startScoring: false);
        var drawn = await (await contest.Organizer.PostJsonAsync($"{contest.EventPath}/draw", new DrawRequest("seed", TheoryCodes: true))).ReadAsync<DrawResult>();
        await (await contest.ChangeStatusAsync(contest.Organizer, EventStatus.Scoring)).ReadAsync<EventView>();

        var judge = fixture.CreateClient(await contest.SignInAsync("CHIEF"));
        var workload = await judge.GetFromJsonAsync<JudgeWorkload>("/api/judge/workload", Json.Options);
        var seen = workload!.Events.Single().Assignment.Competitors;
        Assert.Equal(drawn.Entries.OrderBy(e => e.Station).Select(e => ((int?)e.Station, (string?)e.BlindCode)), seen.Select(c => (c.Station, c.BlindCode)));
        Assert.All(seen, c => Assert.Null(c.Name));

        // The public board of this blind event shows names, so it must not show the codes the judges mark by.
        await contest.CompleteSheetAsync("C2");
        var board = fixture.Grains.GetGrain<ILeaderboardGrain>($"{contest.ContestId}/{TestContest.EventCode}");
        var rows = (await board.GetPublic()).Rows;
        for (var attempt = 0; rows.Count == 0 && attempt < 100; attempt++)
        {
            await Task.Delay(100); // pushes are coalesced; wait for the first board, whatever it takes
            rows = (await board.GetPublic()).Rows;
        }

        Assert.NotEmpty(rows);
        Assert.All(rows, r => Assert.Null(r.BlindCode));
        Assert.Contains(rows, r => r.Name == "李娜");
        Assert.Contains((await board.Get()).Rows, r => r.BlindCode is not null);

        var late = await contest.Organizer.PostJsonAsync($"{contest.EventPath}/draw", new DrawRequest("again"));
        Assert.Equal(HttpStatusCode.Conflict, late.StatusCode);
        var kept = await contest.Organizer.GetFromJsonAsync<DrawResult>($"{contest.EventPath}/draw", Json.Options);
        Assert.Equal(drawn.Entries, kept!.Entries);
    }
}
