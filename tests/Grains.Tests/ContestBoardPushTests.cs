using System.Threading.Channels;
using Competitions.Contracts;
using Competitions.Contracts.Contests;
using Competitions.Contracts.Events;
using Competitions.Contracts.Leaderboards;
using Competitions.Domain.Awards;
using Competitions.Domain.Workflow;

namespace Competitions.Grains.Tests;

[Collection(GrainClusterCollection.Name)]
public sealed class ContestBoardPushTests(GrainCluster cluster)
{
    [Fact]
    public async Task Several_quick_event_changes_reach_a_subscribed_observer_once_as_one_update_carrying_them_all()
    {
        var sample = await SampleEvent.CreateAsync(cluster.Grains);
        var board = cluster.Grains.GetGrain<IContestBoardGrain>(sample.ContestId);
        var before = await board.Get();
        var received = new ReceivedUpdates();
        await board.Subscribe(cluster.Grains.CreateObjectReference<IContestBoardObserver>(received));
        // Newer than any summary the event's own leaderboard may still push from the setup (the clock is fake).
        var e1 = before.Events.Single() with { AsOf = before.Events.Single().AsOf.AddMinutes(1) };

        // As during marking: several events' summaries change within a few milliseconds. (One-way calls may arrive
        // in any order, so each event changes once here.)
        await board.UpdateEvent(e1 with { CompleteSheets = 2, Awards = [new DelegationAwards("福田区", 1, 0, 0, false)] });
        await board.UpdateEvent(Summary("E2", new DelegationAwards("南山区", 0, 1, 0, false)));
        await board.UpdateEvent(Summary("E3", new DelegationAwards("南山区", 1, 0, 0, false)));

        var update = await received.NextAsync(TimeSpan.FromSeconds(3));
        Assert.Equal(before.Epoch, update.Epoch);
        Assert.Equal(before.Version + 1, update.Version);
        Assert.Equal(["E1", "E2", "E3"], update.Events.Select(e => e.EventCode));
        Assert.Equal(2, update.Events[0].CompleteSheets);
        Assert.Equal([new DelegationAwards("南山区", 1, 1, 0, false), new DelegationAwards("福田区", 1, 0, 0, false)], update.Medals);

        // Nothing changed since: no further push, and a fresh read is the version just pushed.
        Assert.Null(await received.NextOrNullAsync(TimeSpan.FromSeconds(1.5)));
        var after = await board.Get();
        Assert.Equal(update.Version, after.Version);
        Assert.Equal(3, after.Events.Count);

        // A later change is the next version and carries only its event.
        await board.UpdateEvent(e1 with { CompleteSheets = 3, Awards = [new DelegationAwards("福田区", 1, 0, 0, false)] });
        var next = await received.NextAsync(TimeSpan.FromSeconds(3));
        Assert.Equal(update.Version + 1, next.Version);
        Assert.Equal(["E1"], next.Events.Select(e => e.EventCode));
    }

    [Fact]
    public async Task A_summary_older_than_the_one_held_does_not_overwrite_it()
    {
        var sample = await SampleEvent.CreateAsync(cluster.Grains);
        var board = cluster.Grains.GetGrain<IContestBoardGrain>(sample.ContestId);
        var held = (await board.Get()).Events.Single();

        // One-way summaries may overtake each other: here the newer one (by AsOf) is in place when the older arrives.
        await board.UpdateEvent(held with { CompleteSheets = 3, AsOf = held.AsOf.AddSeconds(2) });
        var deadline = DateTime.UtcNow.AddSeconds(5);
        while ((await board.Get()).Events.Single().AsOf != held.AsOf.AddSeconds(2) && DateTime.UtcNow < deadline)
        {
            await Task.Delay(50);
        }

        await board.UpdateEvent(held with { CompleteSheets = 2, AsOf = held.AsOf.AddSeconds(1) });
        await Task.Delay(500); // time for the older one to be taken in, were it taken
        Assert.Equal(3, (await board.Get()).Events.Single().CompleteSheets);
    }

    [Fact]
    public async Task Counting_only_published_events_drops_prizes_of_events_still_marking_and_is_pushed_at_once()
    {
        var sample = await SampleEvent.CreateAsync(cluster.Grains);
        var board = cluster.Grains.GetGrain<IContestBoardGrain>(sample.ContestId);
        var received = new ReceivedUpdates();
        await board.Subscribe(cluster.Grains.CreateObjectReference<IContestBoardObserver>(received));
        await board.UpdateEvent(Summary("E2", new DelegationAwards("南山区", 0, 1, 0, true), EventStatus.Published));
        await board.UpdateEvent(Summary("E3", new DelegationAwards("福田区", 1, 0, 0, false)));
        Assert.Equal(["福田区", "南山区"], (await received.NextAsync(TimeSpan.FromSeconds(3))).Medals.Select(m => m.Delegation));

        await cluster.Grains.GetGrain<IContestGrain>(sample.ContestId).SetMedalCounting(MedalCounting.PublishedEvents);

        var update = await received.NextAsync(TimeSpan.FromSeconds(3));
        Assert.Equal(MedalCounting.PublishedEvents, update.MedalCounting);
        Assert.Equal([new DelegationAwards("南山区", 0, 1, 0, true)], update.Medals);
        var view = await board.Get();
        Assert.Equal(MedalCounting.PublishedEvents, view.MedalCounting);
        Assert.Equal(update.Medals, view.Medals);
    }

    [Fact]
    public async Task An_event_added_after_the_contest_home_was_first_viewed_joins_it_without_any_mark()
    {
        var sample = await SampleEvent.CreateAsync(cluster.Grains);
        var board = cluster.Grains.GetGrain<IContestBoardGrain>(sample.ContestId);
        Assert.Single((await board.Get()).Events);

        await cluster.Grains.GetGrain<IEventGrain>(Keys.Event(sample.ContestId, "E2")).Define(new EventDefinition("E2", "焊工", "实训楼A"));

        var deadline = DateTime.UtcNow.AddSeconds(5);
        while ((await board.Get()).Events.Count < 2 && DateTime.UtcNow < deadline)
        {
            await Task.Delay(50);
        }

        Assert.Equal(["E1", "E2"], (await board.Get()).Events.Select(e => e.EventCode));
    }

    private static EventSummary Summary(string eventCode, DelegationAwards awards, EventStatus status = EventStatus.Scoring) =>
        new(eventCode, "钳工", "实训楼A", status, Contracts.Events.PublicBoardMode.Live, 4, 1, [awards], DateTimeOffset.UtcNow);

    private sealed class ReceivedUpdates : IContestBoardObserver
    {
        private readonly Channel<ContestBoardUpdate> _updates = Channel.CreateUnbounded<ContestBoardUpdate>();

        public Task OnContestBoardChanged(ContestBoardUpdate update) => _updates.Writer.WriteAsync(update).AsTask();

        public async Task<ContestBoardUpdate> NextAsync(TimeSpan within) =>
            await NextOrNullAsync(within) ?? throw new TimeoutException($"No contest board update within {within}.");

        public async Task<ContestBoardUpdate?> NextOrNullAsync(TimeSpan within)
        {
            using var timeout = new CancellationTokenSource(within);
            try
            {
                return await _updates.Reader.ReadAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                return null;
            }
        }
    }
}
