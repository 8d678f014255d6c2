using System.Diagnostics;
using Competitions.Contracts.Events;
using Competitions.Contracts.Leaderboards;
using Competitions.Domain.Workflow;
using Competitions.Integration.Tests.Infrastructure;

namespace Competitions.Integration.Tests.Console;

[Collection(ClusterCollection.Name)]
public sealed class PublicationNoticeTests(CompetitionsFixture fixture)
{
    [Fact]
    public async Task Published_results_stay_provisional_through_the_notice_period_and_turn_final_when_it_ends_on_their_own()
    {
        var contest = await TestContest.CreateAsync(fixture, startScoring: false);
        var definition = (await (await contest.Organizer.GetAsync(contest.EventPath)).ReadAsync<EventView>()).Definition;
        // 0.002 h = 7.2 s of public notice (公示): long enough to see, short enough to wait for on a real clock.
        await (await contest.Organizer.PutJsonAsync(contest.EventPath, definition with { NoticeHours = 0.002m, AppealHours = 0m })).ReadAsync<EventView>();
        (await contest.ChangeStatusAsync(contest.Organizer, EventStatus.Scoring)).EnsureSuccessStatusCode();
        foreach (var competitor in new[] { "C1", "C2", "C3" })
        {
            await contest.CompleteSheetAsync(competitor);
            await contest.RecordTheoryAsync(competitor, 80m);
        }

        (await contest.ChangeStatusAsync(contest.Organizer, EventStatus.Locked)).EnsureSuccessStatusCode();
        var published = await (await contest.ChangeStatusAsync(contest.Organizer, EventStatus.Published)).ReadAsync<EventView>();
        var publicBoard = fixture.CreateClient();
        var url = $"/api/public/contests/{contest.ContestId}/events/{TestContest.EventCode}/leaderboard";

        var during = await (await publicBoard.GetAsync(url)).ReadAsync<LeaderboardView>();
        Assert.False(during.IsFinal);
        Assert.Equal(published.PublishedAt!.Value.AddSeconds(7.2), during.FinalFrom!.Value, TimeSpan.FromMilliseconds(1));

        var clock = Stopwatch.StartNew();
        LeaderboardView after;
        do
        {
            await Task.Delay(250);
            after = await (await publicBoard.GetAsync(url)).ReadAsync<LeaderboardView>();
        }
        while (!after.IsFinal && clock.Elapsed < TimeSpan.FromSeconds(30));

        Assert.True(after.IsFinal);
        Assert.True(DateTimeOffset.UtcNow >= during.FinalFrom, "final before the notice period ended");
    }
}
