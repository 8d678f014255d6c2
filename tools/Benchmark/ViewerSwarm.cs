using System.Collections.Concurrent;
using System.Diagnostics;

namespace Competitions.Benchmark;

/// <summary>
/// Many public viewers, each a raw WebSocket speaking the hub protocol itself (<see cref="ViewerConnection"/>), spread
/// over the web nodes, each watching one event's board: far cheaper for this client than SignalR's own client, so
/// that on one machine the product gets the CPU the measurement is about. A delta's push latency is measured from the
/// moment the newest mark among its changed rows was sent.
/// </summary>
public sealed class ViewerSwarm : IAsyncDisposable
{
    /// <summary>The hub drops a client it has not heard from for 30 s (its default); half that keeps every viewer.</summary>
    private static readonly TimeSpan PingInterval = TimeSpan.FromSeconds(15);

    private static readonly TimeSpan OpenPatience = TimeSpan.FromSeconds(60);

    private readonly IReadOnlyList<Uri> _hubs;
    private readonly string _contestId;
    private readonly IViewerHubProtocol _protocol;
    private readonly ConcurrentBag<ViewerConnection> _connections = [];
    private readonly HttpMessageInvoker _invoker = new(new SocketsHttpHandler());
    private readonly CancellationTokenSource _stopping = new();
    private readonly ConcurrentDictionary<(string EventCode, string PublicName), long>.AlternateLookup<PublicRowName> _sentAtByName;
    private Task? _pinging;
    private long _deltasReceived;
    private long _rowsReceived;
    private int _failures;
    private string? _firstFailure;
    private volatile bool _measuring;

    public ViewerSwarm(IReadOnlyList<string> urls, string contestId, IViewerHubProtocol? protocol = null)
    {
        // Straight to the WebSocket, negotiation skipped, as public pages behind several web nodes do (no sticky sessions).
        _hubs = [.. urls.Select(url => new UriBuilder(new Uri(new Uri(url), "/hubs/live")) { Scheme = url.StartsWith("https", StringComparison.Ordinal) ? "wss" : "ws" }.Uri)];
        _contestId = contestId;
        _protocol = protocol ?? JsonViewerProtocol.Instance;
        _sentAtByName = SentAt.GetAlternateLookup<PublicRowName>();
    }

    /// <summary>When the newest mark for a row was sent, by the name the public board shows: public rows carry no competitor ids.</summary>
    public ConcurrentDictionary<(string EventCode, string PublicName), long> SentAt { get; } = new(PublicRowComparer.Instance);

    public LatencyRecorder PushLatency { get; } = new();

    public int Connected => _connections.Count(c => c.IsOpen);

    public long DeltasReceived => Interlocked.Read(ref _deltasReceived);

    /// <summary>Changed rows in the deltas received: a merged delta carries several marks' rows in one delivery.</summary>
    public long RowsReceived => Interlocked.Read(ref _rowsReceived);

    /// <summary>Viewers that could not connect or whose <c>WatchPublicBoard</c> failed, and the first reason.</summary>
    public int Failures => Volatile.Read(ref _failures);

    public string? FirstFailure => Volatile.Read(ref _firstFailure);

    public bool Measuring
    {
        get => _measuring;
        set => _measuring = value;
    }

    public async Task ConnectAsync(IReadOnlyList<string> eventCodes, int viewers, int parallel = 200)
    {
        _pinging ??= PingAsync(_stopping.Token);
        await Parallel.ForEachAsync(Enumerable.Range(0, viewers), new ParallelOptions { MaxDegreeOfParallelism = parallel }, async (i, cancellationToken) =>
        {
            var connection = new ViewerConnection(this, _protocol, eventCodes[i % eventCodes.Count]);
            using var patience = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            patience.CancelAfter(OpenPatience);
            if (await connection.OpenAsync(_hubs[i % _hubs.Count], _invoker, _contestId, patience.Token) is { } failure)
            {
                Interlocked.Increment(ref _failures);
                Interlocked.CompareExchange(ref _firstFailure, failure, null);
                await connection.DisposeAsync();
                return;
            }

            _connections.Add(connection);
        });
    }

    public bool TryGetSentAt(PublicRowName row, out long sentAt) => _sentAtByName.TryGetValue(row, out sentAt);

    /// <summary>A viewer received a delta; <paramref name="newestSentAt"/> is 0 when none of its rows was timed.</summary>
    public void Delivered(long newestSentAt, int rows, long receivedAt)
    {
        Interlocked.Increment(ref _deltasReceived);
        Interlocked.Add(ref _rowsReceived, rows);
        if (_measuring && newestSentAt > 0)
        {
            PushLatency.Record(Stopwatch.GetElapsedTime(newestSentAt, receivedAt));
        }
    }

    /// <summary>One loop pings every watching viewer in turn (a send that almost always completes at once).</summary>
    private async Task PingAsync(CancellationToken stopping)
    {
        using var timer = new PeriodicTimer(PingInterval);
        try
        {
            while (await timer.WaitForNextTickAsync(stopping))
            {
                foreach (var connection in _connections)
                {
                    await connection.PingAsync(stopping);
                }
            }
        }
        catch (OperationCanceledException)
        {
            // Disposed.
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync();
        if (_pinging is not null)
        {
            await _pinging;
        }

        await Parallel.ForEachAsync(_connections, new ParallelOptions { MaxDegreeOfParallelism = 200 }, async (c, _) => await c.DisposeAsync());
        _invoker.Dispose();
        _stopping.Dispose();
    }
}
