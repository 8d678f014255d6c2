using Competitions.Contracts.Events;
using Competitions.Contracts.Leaderboards;
using Competitions.Domain.Workflow;
using Competitions.Integration.Tests.Infrastructure;

namespace Competitions.Integration.Tests.Boards;

[Collection(ClusterCollection.Name)]
public sealed class CodesOnlyBoardTests(CompetitionsFixture fixture)
{
    [Fact]
    public async Task A_board_that_publishes_codes_only_gives_judges_nothing_to_match_a_code_with()
    {
        var contest = await TestContest.CreateAsync(fixture, startScoring: false);
        var definition = (await (await contest.Organizer.GetAsync(contest.EventPath)).ReadAsync<EventView>()).Definition;
        await (await contest.Organizer.PutJsonAsync(contest.EventPath, definition with { PublicNames = false })).ReadAsync<EventView>();
        (await contest.ChangeStatusAsync(contest.Organizer, EventStatus.Scoring)).EnsureSuccessStatusCode();
        await contest.CompleteSheetAsync("C2");

        var url = $"/api/public/contests/{contest.ContestId}/events/{TestContest.EventCode}/leaderboard";
        var rows = (await (await fixture.CreateClient().GetAsync(url)).ReadAsync<LeaderboardView>()).Rows;

        // TestContest gave C2 the blind code M3X9; judges' tablets know C2 and the code, never the organisation.
        var c2 = Assert.Single(rows, r => r.Name == "M3X9");
        Assert.Equal(("M3X9", null, string.Empty, string.Empty), (c2.Key, c2.CompetitorId, c2.Organisation, c2.Delegation));
        Assert.DoesNotContain(rows, r => r.CompetitorId is not null || r.Key.StartsWith('C') || r.Name == "李娜");
    }
}
