using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Serialization;
using Competitions.Contracts;
using Competitions.Contracts.Leaderboards;
using Competitions.Contracts.Scoresheets;
using Competitions.Web.Api;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Npgsql;
using Orleans.Configuration;

namespace Competitions.Benchmark;

/// <summary>
/// The bad day, measured: tablets mark at a steady rate (half of them on one busy event), a public viewer per web
/// node watches every event marked, then the silo holding the busy event's leaderboard is killed with SIGKILL. Tablets
/// behave as the tablet app does: a mark is resent with the same id until it is acknowledged. Reports acknowledged
/// against stored marks, the longest wait for an acknowledgement, and how long until every board pushed again.
/// </summary>
public sealed class FaultRun(IReadOnlyList<HttpClient> nodes, IReadOnlyList<string> urls, string contestId, IReadOnlyDictionary<string, string> tokens)
{
    private static readonly TimeSpan GiveUpAfter = TimeSpan.FromMinutes(2);
    private readonly ConcurrentDictionary<Guid, byte> _sent = new();
    private readonly ConcurrentDictionary<Guid, byte> _acknowledged = new();
    private readonly ConcurrentBag<(long SentAt, string EventCode, TimeSpan Wait)> _waits = [];
    private readonly ConcurrentDictionary<(int Node, string EventCode), long> _firstPushAfterKill = new();
    private long _killedAt;
    private DateTimeOffset _killedAtClock;

    /// <param name="silos">Each silo process by its silo port, so the one holding the board can be killed.</param>
    public async Task<List<(string Measure, string Value)>> RunAsync(
        IReadOnlyList<MarkTarget> targets, string database, string clusterId, IReadOnlyDictionary<int, int> silos,
        int tablets, int marksPerTabletPerSecond, TimeSpan before, TimeSpan after)
    {
        var busyEvent = targets[0].EventCode;
        var events = targets.Select(t => t.EventCode).Distinct().Take(8).ToList();
        var viewers = await WatchAsync(events);
        try
        {
            return await MarkAndKillAsync(targets, busyEvent, events, viewers.Keys, database, clusterId, silos, tablets, marksPerTabletPerSecond, before, after);
        }
        finally
        {
            foreach (var connection in viewers.Values)
            {
                await connection.DisposeAsync();
            }
        }
    }

    private async Task<List<(string Measure, string Value)>> MarkAndKillAsync(
        IReadOnlyList<MarkTarget> targets, string busyEvent, List<string> events, IEnumerable<(int Node, string EventCode)> viewers,
        string database, string clusterId, IReadOnlyDictionary<int, int> silos, int tablets, int marksPerTabletPerSecond, TimeSpan before, TimeSpan after)
    {
        var busy = targets.Where(t => t.EventCode == busyEvent).ToArray();
        var others = targets.Where(t => t.EventCode != busyEvent && events.Contains(t.EventCode)).ToArray();
        using var stop = new CancellationTokenSource(before + after);
        var marking = Enumerable.Range(0, tablets)
            .Select(tablet => TabletAsync(tablet, tablet % 2 == 0 || others.Length == 0 ? busy : others, marksPerTabletPerSecond, stop.Token))
            .ToList();

        await Task.Delay(before);
        var (port, pid) = await SiloHoldingBoardAsync(database, clusterId, Keys.Event(contestId, busyEvent), silos);
        _killedAtClock = DateTimeOffset.UtcNow;
        Interlocked.Exchange(ref _killedAt, Stopwatch.GetTimestamp());
        Process.GetProcessById(pid).Kill();
        Console.WriteLine($"Killed the silo on port {port} (pid {pid}), which held the leaderboard of {busyEvent}.");

        await Task.WhenAll(marking);
        // Tablets stop sending new marks at the deadline but finish resending the ones they hold.
        var (storedRows, storedIds) = await CountStoredAsync(database, [.. _sent.Keys]);
        var acknowledgedStored = await CountStoredAsync(database, [.. _acknowledged.Keys]);
        var killedAt = Interlocked.Read(ref _killedAt);
        // Marks first sent from 5 s before the kill (in flight when it struck) to 15 s after it.
        var aroundKill = _waits.Where(w => w.SentAt >= killedAt - Stopwatch.Frequency * 5 && w.SentAt <= killedAt + Stopwatch.Frequency * 15).ToList();
        var silent = viewers.Where(k => !_firstPushAfterKill.ContainsKey(k)).ToList();
        return
        [
            ("cluster", $"{silos.Count} silos, {nodes.Count} web nodes; {tablets} tablets at {marksPerTabletPerSecond} marks/s each over {events.Count} events (half on {busyEvent})"),
            ("kill -9", $"the silo holding {busyEvent}'s leaderboard, after {before.TotalSeconds:F0} s; marking went on {after.TotalSeconds:F0} s more"),
            ("marks sent (distinct ids)", $"{_sent.Count:N0}"),
            ("marks acknowledged", $"{_acknowledged.Count:N0}"),
            ("acknowledged marks in the ledger", $"{acknowledgedStored.Ids:N0} (rows {acknowledgedStored.Rows:N0})"),
            ("ledger rows for all ids sent", $"{storedRows:N0} for {storedIds:N0} ids (duplicates: {storedRows - storedIds})"),
            ("longest wait for an acknowledgement", $"{_waits.Max(w => w.Wait).TotalSeconds:F2} s ({busyEvent}: {_waits.Where(w => w.EventCode == busyEvent).Max(w => w.Wait).TotalSeconds:F2} s)"),
            ("acknowledgement wait p50 / p99 / max, marks sent 5 s before to 15 s after the kill", $"{Percentile(aroundKill, 50):F0} / {Percentile(aroundKill, 99):F0} / {Percentile(aroundKill, 100):F0} ms"),
            ("every board pushed again after", silent.Count > 0
                ? $"never, for {string.Join(", ", silent.Select(k => $"{k.EventCode} on node {k.Node}"))}"
                : $"{_firstPushAfterKill.Values.Max(t => Stopwatch.GetElapsedTime(killedAt, t)).TotalSeconds:F2} s ({busyEvent}: {_firstPushAfterKill.Where(p => p.Key.EventCode == busyEvent).Max(p => Stopwatch.GetElapsedTime(killedAt, p.Value)).TotalSeconds:F2} s)"),
        ];
    }

    private static double Percentile(List<(long SentAt, string EventCode, TimeSpan Wait)> waits, double percentile)
    {
        var sorted = waits.Select(w => w.Wait.TotalMilliseconds).Order().ToArray();
        return sorted.Length == 0 ? double.NaN : sorted[Math.Clamp((int)Math.Ceiling(percentile / 100 * sorted.Length) - 1, 0, sorted.Length - 1)];
    }

    private async Task TabletAsync(int tablet, MarkTarget[] targets, int perSecond, CancellationToken stop)
    {
        var random = new Random(tablet);
        var node = nodes[tablet % nodes.Count];
        var interval = TimeSpan.FromSeconds(1.0 / perSecond);
        while (!stop.IsCancellationRequested)
        {
            var target = targets[random.Next(targets.Length)];
            var mark = new MarkRequest(Guid.NewGuid(), target.AspectId, target.RandomValue(random), DeviceId: $"fault-{tablet}");
            var started = Stopwatch.GetTimestamp();
            _sent[mark.MarkId] = 0;
            while (!await TrySendAsync(node, target, mark))
            {
                if (Stopwatch.GetElapsedTime(started) > GiveUpAfter)
                {
                    throw new InvalidOperationException($"Mark {mark.MarkId} was not acknowledged in {GiveUpAfter}.");
                }

                // What the tablet app does on a 503 (its Retry-After) or a lost connection.
                await Task.Delay(TimeSpan.FromSeconds(1), CancellationToken.None);
            }

            _acknowledged[mark.MarkId] = 0;
            _waits.Add((started, target.EventCode, Stopwatch.GetElapsedTime(started)));
            var rest = interval - Stopwatch.GetElapsedTime(started);
            if (rest > TimeSpan.Zero)
            {
                await Task.Delay(rest, CancellationToken.None);
            }
        }
    }

    /// <summary>True once acknowledged; a 503, a refused connection or no answer within 30 s means resend.</summary>
    private async Task<bool> TrySendAsync(HttpClient node, MarkTarget target, MarkRequest mark)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/contests/{contestId}/events/{target.EventCode}/competitors/{target.CompetitorId}/marks")
        {
            Content = JsonContent.Create(mark, options: Http.Json),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", tokens[target.JudgeId]);
        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
            using var response = await node.SendAsync(request, timeout.Token);
            if (response.StatusCode is not (HttpStatusCode.OK or HttpStatusCode.ServiceUnavailable))
            {
                throw new InvalidOperationException($"Mark {mark.MarkId} refused: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
            }

            return response.StatusCode == HttpStatusCode.OK;
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            return false;
        }
    }

    /// <summary>One public viewer per web node and event; notes the first push after the kill for each.</summary>
    private async Task<Dictionary<(int Node, string EventCode), HubConnection>> WatchAsync(IReadOnlyList<string> events)
    {
        var connections = new Dictionary<(int Node, string EventCode), HubConnection>();
        for (var node = 0; node < urls.Count; node++)
        {
            foreach (var eventCode in events)
            {
                var connection = new HubConnectionBuilder()
                    .WithUrl(new Uri(new Uri(urls[node]), "/hubs/live"), options =>
                    {
                        options.SkipNegotiation = true;
                        options.Transports = HttpTransportType.WebSockets;
                    })
                    .AddJsonProtocol(o => o.PayloadSerializerOptions.Converters.Add(new JsonStringEnumConverter()))
                    .Build();
                var key = (node, eventCode);
                connection.On<LeaderboardDelta>("boardChanged", delta =>
                {
                    if (Interlocked.Read(ref _killedAt) != 0 && delta.ChangedAt > _killedAtClock)
                    {
                        _firstPushAfterKill.TryAdd(key, Stopwatch.GetTimestamp());
                    }
                });
                await connection.StartAsync();
                await connection.InvokeAsync<LeaderboardView>("WatchPublicBoard", contestId, eventCode);
                connections[key] = connection;
            }
        }

        return connections;
    }

    /// <summary>Asks the cluster, as an Orleans client, which silo holds the board.</summary>
    private static async Task<(int Port, int Pid)> SiloHoldingBoardAsync(string database, string clusterId, string eventKey, IReadOnlyDictionary<int, int> silos)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.UseOrleansClient(client =>
        {
            client.Configure<ClusterOptions>(options => (options.ClusterId, options.ServiceId) = (clusterId, "competitions"));
            client.UseAdoNetClustering(options => (options.Invariant, options.ConnectionString) = ("Npgsql", database));
        });
        using var host = builder.Build();
        await host.StartAsync();
        var grains = host.Services.GetRequiredService<IClusterClient>();
        var address = await grains.GetGrain<IManagementGrain>(0).GetActivationAddress(grains.GetGrain<ILeaderboardGrain>(eventKey))
            ?? throw new InvalidOperationException($"The leaderboard of {eventKey} is not active.");
        await host.StopAsync();
        return (address.Endpoint.Port, silos[address.Endpoint.Port]);
    }

    private static async Task<(long Rows, long Ids)> CountStoredAsync(string database, Guid[] ids)
    {
        await using var connection = new NpgsqlConnection(database);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT count(*), count(DISTINCT entry_id) FROM ledger_entries WHERE kind = 'mark-entered' AND entry_id = ANY(@ids)", connection);
        command.Parameters.AddWithValue("ids", ids);
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();
        return (reader.GetInt64(0), reader.GetInt64(1));
    }
}
