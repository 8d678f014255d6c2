using System.Diagnostics;

namespace Competitions.Benchmark;

/// <summary>
/// One open-loop measurement of live viewers: marks go out on schedule (<paramref name="rate"/> a second) whether or
/// not earlier ones were acknowledged, the first <paramref name="warmup"/> seconds unmeasured; reports deliveries,
/// push and acknowledgement latency and this client's own CPU share, so a saturated client is visible.
/// </summary>
public sealed class ViewerRun(int rate, int seconds, int warmup)
{
    public async Task<ViewerFigures> RunAsync(ViewerSwarm swarm, IMarkChannel marks, Func<MarkTarget> nextTarget)
    {
        marks.OnSending = (target, timestamp) => swarm.SentAt[(target.EventCode, target.PublicName)] = timestamp;
        marks.Measuring = false;
        swarm.Measuring = false;
        var (received, rowsReceived) = (swarm.DeltasReceived, swarm.RowsReceived);
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        var inFlight = new SemaphoreSlim(512);
        var (sent, skipped, measuring) = (0, 0, false);
        var tasks = new List<Task>();
        var values = new Random(11);
        while (clock.Elapsed < TimeSpan.FromSeconds((measuring ? 0 : warmup) + seconds))
        {
            if (!measuring && clock.Elapsed >= TimeSpan.FromSeconds(warmup))
            {
                // The first seconds wake score sheets (each loads its ledger once): run, not measured.
                (measuring, swarm.Measuring, marks.Measuring) = (true, true, true);
                (received, rowsReceived, sent, skipped) = (swarm.DeltasReceived, swarm.RowsReceived, 0, 0);
                cpu = Process.GetCurrentProcess().TotalProcessorTime;
                clock.Restart();
            }

            var due = (int)(clock.Elapsed.TotalSeconds * rate) - sent;
            for (var i = 0; i < due; i++, sent++)
            {
                if (!inFlight.Wait(0))
                {
                    skipped++;
                    continue;
                }

                tasks.Add(Task.Run(async () =>
                {
                    try
                    {
                        await marks.SendAsync(nextTarget(), new Random(Environment.CurrentManagedThreadId ^ values.Next()), "bench-viewers");
                    }
                    finally
                    {
                        inFlight.Release();
                    }
                }));
            }

            await Task.Delay(5);
        }

        await Task.WhenAll(tasks);
        await Task.Delay(1000); // the last pushes arrive
        var elapsed = clock.Elapsed.TotalSeconds - 1;
        var cpuShare = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds / (clock.Elapsed.TotalSeconds * Environment.ProcessorCount);
        var deliveries = swarm.DeltasReceived - received;
        return new ViewerFigures(marks.Acknowledged / elapsed, skipped, marks.AckLatency.Percentile(50), marks.AckLatency.Percentile(99),
            deliveries, deliveries / elapsed, (swarm.RowsReceived - rowsReceived) / elapsed, swarm.PushLatency.Percentile(50), swarm.PushLatency.Percentile(99), cpuShare, swarm.Connected);
    }
}
