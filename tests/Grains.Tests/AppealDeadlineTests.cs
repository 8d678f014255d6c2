using Competitions.Contracts;
using Competitions.Contracts.Appeals;
using Competitions.Contracts.Errors;

namespace Competitions.Grains.Tests;

[Collection(GrainClusterCollection.Name)]
public sealed class AppealDeadlineTests(GrainCluster cluster)
{
    private static readonly Caller TeamLeader = Caller.TeamLeader("leader-futian");

    [Fact]
    public async Task An_appeal_is_taken_until_its_deadline_and_refused_after_it()
    {
        var sample = await SampleEvent.CreateAsync(cluster.Grains);
        await sample.PublishAsync();
        var appeals = cluster.Grains.GetGrain<IEventAppealsGrain>(sample.EventKey);

        cluster.Clock.Advance(TimeSpan.FromHours(2) - TimeSpan.FromMinutes(1));
        var inTime = await appeals.Lodge(TeamLeader, "福田区", new AppealRequest("C1", "外圆测量有误", Guid.NewGuid()));
        cluster.Clock.Advance(TimeSpan.FromMinutes(2));
        var late = await Assert.ThrowsAsync<CompetitionRuleException>(() =>
            appeals.Lodge(TeamLeader, "福田区", new AppealRequest("C1", "再次申诉", Guid.NewGuid())));

        Assert.Equal(AppealStatus.Open, inTime.Status);
        Assert.Equal("appeal-deadline-passed", late.Code);
        Assert.Single(await appeals.List());
    }

    [Fact]
    public async Task A_resent_appeal_is_lodged_once_even_after_its_deadline()
    {
        var sample = await SampleEvent.CreateAsync(cluster.Grains);
        await sample.PublishAsync();
        var appeals = cluster.Grains.GetGrain<IEventAppealsGrain>(sample.EventKey);
        var request = new AppealRequest("C1", "外圆测量有误", Guid.NewGuid());

        var lodged = await appeals.Lodge(TeamLeader, "福田区", request);
        cluster.Clock.Advance(TimeSpan.FromHours(3));
        var resent = await appeals.Lodge(TeamLeader, "福田区", request);

        Assert.Equal(lodged, resent);
        Assert.Single(await appeals.List());
    }
}
