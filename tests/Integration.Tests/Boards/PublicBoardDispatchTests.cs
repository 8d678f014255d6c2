using System.Threading.Channels;
using Competitions.Contracts.Events;
using Competitions.Contracts.Leaderboards;
using Competitions.Domain.Awards;
using Competitions.Web.Live;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Logging.Abstractions;

namespace Competitions.Integration.Tests.Boards;

public sealed class PublicBoardDispatchTests
{
    [Fact]
    public async Task Deltas_that_arrive_while_viewers_are_still_being_sent_to_leave_as_one_merged_delta_per_event()
    {
        var hub = new HeldHub();
        using var dispatch = new PublicBoardDispatch(hub, NullLogger<PublicBoardDispatch>.Instance);
        await dispatch.StartAsync(CancellationToken.None);

        dispatch.Post(Delta("demo/E001", 0, "K1"));
        await hub.Sent.Reader.WaitToReadAsync(); // the first send is under way and held
        dispatch.Post(Delta("demo/E001", 1, "K2"));
        dispatch.Post(Delta("demo/E002", 0, "K9"));
        dispatch.Post(Delta("demo/E001", 2, "K3"));
        hub.Release.SetResult();

        var sent = new List<(string Group, LeaderboardDelta Delta)>();
        while (sent.Count < 3)
        {
            sent.Add(await hub.Sent.Reader.ReadAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(5)));
        }

        await dispatch.StopAsync(CancellationToken.None);
        Assert.Equal(["public:demo/E001", "public:demo/E001", "public:demo/E002"], sent.Select(s => s.Group));
        Assert.Equal((0, 1), (sent[0].Delta.FromVersion, sent[0].Delta.ToVersion));
        Assert.Equal((1, 3), (sent[1].Delta.FromVersion, sent[1].Delta.ToVersion));
        Assert.Equal(["K2", "K3"], sent[1].Delta.Changed.Select(r => r.Key).Order());
        Assert.False(hub.Sent.Reader.TryRead(out _));
    }

    private static LeaderboardDelta Delta(string eventKey, long from, string key) => new(
        eventKey, "epoch", from, from + 1,
        [new LeaderboardRow(1, key, null, key, null, string.Empty, string.Empty, null, 50m, 50m, AwardBand.First, true, 0, 0, 0)],
        [], BoardAudience.Public, false, PublicBoardMode.Live, [], DateTimeOffset.UtcNow);

    /// <summary>Records what is sent to which group; the first send stays under way until released, as to slow viewers.</summary>
    private sealed class HeldHub : IHubContext<LiveHub>, IHubClients, IClientProxy
    {
        private string _group = string.Empty;
        private int _sends;

        public Channel<(string Group, LeaderboardDelta Delta)> Sent { get; } =
            Channel.CreateUnbounded<(string, LeaderboardDelta)>();

        public TaskCompletionSource Release { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        IHubClients IHubContext<LiveHub>.Clients => this;

        IGroupManager IHubContext<LiveHub>.Groups => throw new NotSupportedException();

        public IClientProxy Group(string groupName)
        {
            _group = groupName;
            return this;
        }

        public async Task SendCoreAsync(string method, object?[] args, CancellationToken cancellationToken = default)
        {
            Sent.Writer.TryWrite((_group, (LeaderboardDelta)args[0]!));
            if (Interlocked.Increment(ref _sends) == 1)
            {
                await Release.Task;
            }
        }

        public IClientProxy All => throw new NotSupportedException();

        public IClientProxy AllExcept(IReadOnlyList<string> excludedConnectionIds) => throw new NotSupportedException();

        public IClientProxy Client(string connectionId) => throw new NotSupportedException();

        public IClientProxy Clients(IReadOnlyList<string> connectionIds) => throw new NotSupportedException();

        public IClientProxy GroupExcept(string groupName, IReadOnlyList<string> excludedConnectionIds) => throw new NotSupportedException();

        public IClientProxy Groups(IReadOnlyList<string> groupNames) => throw new NotSupportedException();

        public IClientProxy User(string userId) => throw new NotSupportedException();

        public IClientProxy Users(IReadOnlyList<string> userIds) => throw new NotSupportedException();
    }
}
