using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json.Serialization;
using Competitions.Contracts.Leaderboards;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;

namespace Competitions.Benchmark;

/// <summary>
/// Many public viewers, each a SignalR connection (spread over the web nodes) watching one event's board. A delta's push latency is measured
/// from the moment the newest mark among its changed rows was sent.
/// </summary>
public sealed class ViewerSwarm(IReadOnlyList<string> urls, string contestId) : IAsyncDisposable
{
    private readonly ConcurrentBag<HubConnection> _connections = [];

    /// <summary>When the newest mark for a row was sent, by the name the public board shows: public rows carry no competitor ids.</summary>
    public ConcurrentDictionary<(string EventCode, string PublicName), long> SentAt { get; } = new();

    public LatencyRecorder PushLatency { get; } = new();

    public int Connected => _connections.Count(c => c.State == HubConnectionState.Connected);

    private long _deltasReceived;

    public long DeltasReceived => Interlocked.Read(ref _deltasReceived);

    public bool Measuring { get; set; }

    public async Task ConnectAsync(IReadOnlyList<string> eventCodes, int viewers, int parallel = 100)
    {
        await Parallel.ForEachAsync(Enumerable.Range(0, viewers), new ParallelOptions { MaxDegreeOfParallelism = parallel }, async (i, cancellationToken) =>
        {
            var eventCode = eventCodes[i % eventCodes.Count];
            var connection = new HubConnectionBuilder()
                .WithUrl(new Uri(new Uri(urls[i % urls.Count]), "/hubs/live"), options =>
                {
                    // Straight to WebSockets, as public pages behind several web nodes should (no sticky sessions).
                    options.SkipNegotiation = true;
                    options.Transports = HttpTransportType.WebSockets;
                })
                .AddJsonProtocol(o => o.PayloadSerializerOptions.Converters.Add(new JsonStringEnumConverter()))
                .Build();
            connection.On<LeaderboardDelta>("boardChanged", delta => Received(eventCode, delta));
            await connection.StartAsync(cancellationToken);
            await connection.InvokeAsync<LeaderboardView>("WatchPublicBoard", contestId, eventCode, cancellationToken);
            _connections.Add(connection);
        });
    }

    private void Received(string eventCode, LeaderboardDelta delta)
    {
        var now = Stopwatch.GetTimestamp();
        Interlocked.Increment(ref _deltasReceived);
        if (!Measuring)
        {
            return;
        }

        long newest = 0;
        foreach (var row in delta.Changed)
        {
            if (SentAt.TryGetValue((eventCode, row.Name), out var sent) && sent > newest)
            {
                newest = sent;
            }
        }

        if (newest > 0)
        {
            PushLatency.Record(Stopwatch.GetElapsedTime(newest, now));
        }
    }

    public async ValueTask DisposeAsync()
    {
        await Parallel.ForEachAsync(_connections, new ParallelOptions { MaxDegreeOfParallelism = 200 }, async (c, _) => await c.DisposeAsync());
    }
}
