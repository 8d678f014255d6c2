using System.Net.Http.Json;
using System.Text.Json;
using Competitions.Contracts.Events;
using Competitions.Contracts.Judges;
using Competitions.Contracts.Leaderboards;
using Competitions.Domain.Workflow;
using Competitions.Integration.Tests.Infrastructure;
using Competitions.Web.Api;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;

namespace Competitions.Integration.Tests.Boards;

/// <summary>What judges of a blind event can learn from the boards they reach, and what frozen boards tell the public.</summary>
[Collection(ClusterCollection.Name)]
public sealed class BlindMarkingVisibilityTests(CompetitionsFixture fixture)
{
    private HubConnection Hub(string? token = null) => new HubConnectionBuilder()
        .WithUrl(new Uri(fixture.BaseAddress, "/hubs/live"), o =>
        {
            if (token is not null)
            {
                o.AccessTokenProvider = () => Task.FromResult<string?>(token);
            }
        })
        .AddJsonProtocol(o => o.PayloadSerializerOptions.Converters.Add(new System.Text.Json.Serialization.JsonStringEnumConverter()))
        .Build();

    [Fact]
    public async Task A_judge_finds_no_competitor_id_of_his_workload_on_any_public_surface_of_a_blind_event_with_public_names()
    {
        var contest = await TestContest.CreateAsync(fixture); // blind marking, names on the public board
        using var judge = fixture.CreateClient(await contest.SignInAsync("J1"));
        var workload = await (await judge.GetAsync("/api/judge/workload")).ReadAsync<JudgeWorkload>();
        var ids = workload.Events.Single().Assignment.Competitors.Select(c => c.Id).ToList();
        Assert.Equal(["C1", "C2", "C3"], ids.Order());

        var board = $"/api/public/contests/{contest.ContestId}/events/{TestContest.EventCode}";
        using var anonymous = fixture.CreateClient();
        using var cancel = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        using var sse = await anonymous.GetAsync($"{board}/feed", HttpCompletionOption.ResponseHeadersRead, cancel.Token);
        using var reader = new StreamReader(await sse.Content.ReadAsStreamAsync(cancel.Token));
        var (_, sseSnapshot) = await PublicFeedTests.NextEventAsync(reader, cancel.Token);
        await using var viewer = Hub();
        var pushed = new List<LeaderboardDelta>();
        viewer.On<LeaderboardDelta>("boardChanged", d => { lock (pushed) { pushed.Add(d); } });
        await viewer.StartAsync();
        var watched = await viewer.InvokeAsync<LeaderboardView>("WatchPublicBoard", contest.ContestId, TestContest.EventCode);

        await contest.CompleteSheetAsync("C2");
        await contest.CompleteSheetAsync("C3", judgementScore: 3m);
        var (_, sseDelta) = await PublicFeedTests.NextEventAsync(reader, cancel.Token);
        var json = await anonymous.GetStringAsync($"{board}/leaderboard");
        var home = await anonymous.GetStringAsync($"/api/public/contests/{contest.ContestId}");
        for (var i = 0; i < 50 && pushed.Count == 0; i++)
        {
            await Task.Delay(100);
        }

        string hub;
        lock (pushed)
        {
            hub = JsonSerializer.Serialize(new { watched, deltas = pushed.ToList() }, Json.Options);
        }

        foreach (var id in ids)
        {
            Assert.DoesNotContain($"\"{id}\"", json);
            Assert.DoesNotContain($"\"{id}\"", sseSnapshot);
            Assert.DoesNotContain($"\"{id}\"", sseDelta);
            Assert.DoesNotContain($"\"{id}\"", hub);
            Assert.DoesNotContain($"\"{id}\"", home);
        }

        // Names are public here, so codes are not: no row pairs the two.
        var rows = JsonSerializer.Deserialize<LeaderboardView>(json, Json.Options)!.Rows;
        Assert.Equal(["张强", "李娜", "王伟"], rows.Select(r => r.Name));
        Assert.All(rows, r => Assert.Null(r.BlindCode));
        Assert.NotEmpty(pushed);
        Assert.All(pushed.SelectMany(d => d.Changed), r => Assert.Null(r.BlindCode));
    }

    [Fact]
    public async Task A_chief_judge_who_marks_in_a_blind_event_sees_codes_only_on_his_live_board_and_one_who_does_not_sees_names()
    {
        var contest = await TestContest.CreateAsync(fixture, startScoring: false);
        using var chief = fixture.CreateClient(await contest.SignInAsync("CHIEF"));
        var named = await (await chief.GetAsync($"{contest.EventPath}/leaderboard")).ReadAsync<LeaderboardView>();
        Assert.Contains(named.Rows, r => r.Name == "李娜" && r.Organisation == "Org-B");

        // The chief judge also sits on panel P2 (he marks B1).
        await (await contest.Organizer.PutJsonAsync($"{contest.EventPath}/panels", new PanelSetup("CHIEF",
        [
            new JudgePanel("P1", ["J1", "J2"], ["A"], []),
            new JudgePanel("P2", ["J1", "J2", "J3", "J4", "J5", "CHIEF"], ["B"], []),
        ]))).ReadAsync<EventView>();
        (await contest.ChangeStatusAsync(contest.Organizer, EventStatus.Scoring)).EnsureSuccessStatusCode();
        var token = await contest.SignInAsync("CHIEF");
        using var marking = fixture.CreateClient(token);
        var coded = await (await marking.GetAsync($"{contest.EventPath}/leaderboard")).ReadAsync<LeaderboardView>();
        await using var hub = Hub(token);
        var pushed = new List<LeaderboardDelta>();
        hub.On<LeaderboardDelta>("boardChanged", d => { lock (pushed) { pushed.Add(d); } });
        List<LeaderboardRow> Pushed()
        {
            lock (pushed)
            {
                return [.. pushed.SelectMany(d => d.Changed)];
            }
        }

        await hub.StartAsync();
        var watched = await hub.InvokeAsync<LeaderboardView>("WatchEvent", contest.ContestId, TestContest.EventCode);
        (await contest.MarkAsync("C2", "J1", "A2", 3m)).EnsureSuccessStatusCode();
        for (var i = 0; i < 50 && !Pushed().Any(r => r.CompetitorId == "C2" && r.Total > 0); i++)
        {
            await Task.Delay(100);
        }

        var rows = coded.Rows.Concat(watched.Rows).Concat(Pushed()).ToList();
        Assert.Contains(Pushed(), r => r.CompetitorId == "C2" && r.Total > 0);
        Assert.All(rows, r => Assert.Equal((r.BlindCode, string.Empty, string.Empty), (r.Name, r.Organisation, r.Delegation)));
        Assert.Equal(["K7Q2", "M3X9", "P8R4"], coded.Rows.Select(r => r.BlindCode).Order());

        // Organizers still see names.
        Assert.Contains((await contest.LeaderboardAsync()).Rows, r => r.Name == "李娜" && r.BlindCode == "M3X9");
    }

    [Fact]
    public async Task A_judge_reading_the_event_sees_no_recusal_that_pairs_a_competitor_id_with_a_reason()
    {
        var contest = await TestContest.CreateAsync(fixture);
        (await contest.Organizer.PostJsonAsync($"{contest.EventPath}/recusals", new Recusal("J3", "C2", "李娜的师傅"))).EnsureSuccessStatusCode();
        using var judge = fixture.CreateClient(await contest.SignInAsync("J1"));

        Assert.Empty((await (await judge.GetAsync(contest.EventPath)).ReadAsync<EventView>()).Recusals);
        Assert.Contains((await (await contest.Organizer.GetAsync(contest.EventPath)).ReadAsync<EventView>()).Recusals, r => r.CompetitorId == "C2");
    }

    [Fact]
    public async Task A_frozen_or_hidden_board_counts_no_sheet_completed_after_it_on_the_public_contest_home()
    {
        var contest = await TestContest.CreateAsync(fixture);
        foreach (var competitor in new[] { "C1", "C2", "C3" })
        {
            await contest.RecordTheoryAsync(competitor, 80m);
        }

        await contest.CompleteSheetAsync("C1");
        await (await contest.Organizer.PostJsonAsync($"{contest.EventPath}/public-board", new PublicBoardRequest(PublicBoardMode.Frozen))).ReadAsync<Publication>();
        await contest.CompleteSheetAsync("C2");
        await contest.CompleteSheetAsync("C3");
        Assert.Equal(3, (await contest.LeaderboardAsync()).Rows.Count(r => r.IsComplete));

        using var anonymous = fixture.CreateClient();
        // Long enough for the summary to reach the contest home and the one-second output cache to pass.
        for (var i = 0; i < 6; i++)
        {
            var frozen = (await anonymous.GetFromJsonAsync<ContestBoardView>($"/api/public/contests/{contest.ContestId}", Json.Options))!.Events.Single();
            Assert.Equal((PublicBoardMode.Frozen, 1), (frozen.PublicBoard, frozen.CompleteSheets));
            await Task.Delay(400);
        }

        await (await contest.Organizer.PostJsonAsync($"{contest.EventPath}/public-board", new PublicBoardRequest(PublicBoardMode.Hidden))).ReadAsync<Publication>();
        EventSummary hidden;
        var waited = 0;
        do
        {
            await Task.Delay(200);
            hidden = (await anonymous.GetFromJsonAsync<ContestBoardView>($"/api/public/contests/{contest.ContestId}", Json.Options))!.Events.Single();
        }
        while (hidden.PublicBoard != PublicBoardMode.Hidden && ++waited < 30);

        Assert.Equal((PublicBoardMode.Hidden, 0), (hidden.PublicBoard, hidden.CompleteSheets));
        Assert.Empty(hidden.Awards);
    }
}
