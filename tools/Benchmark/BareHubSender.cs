using System.Diagnostics;

namespace Competitions.Benchmark;

/// <summary>Stands in for the mark API against the bare hub: one POST per mark, answered once the hub has broadcast.</summary>
public sealed class BareHubSender(HttpClient hub) : IMarkChannel
{
    private long _acknowledged;

    public bool Measuring { get; set; } = true;

    public LatencyRecorder AckLatency { get; } = new();

    public long Acknowledged => Interlocked.Read(ref _acknowledged);

    public Action<MarkTarget, long>? OnSending { get; set; }

    public async Task SendAsync(MarkTarget target, Random values, string deviceId)
    {
        var started = Stopwatch.GetTimestamp();
        OnSending?.Invoke(target, started);
        using var response = await hub.PostAsync($"/send?eventCode={Uri.EscapeDataString(target.EventCode)}&name={Uri.EscapeDataString(target.PublicName)}", null);
        if (response.IsSuccessStatusCode && Measuring)
        {
            AckLatency.Record(Stopwatch.GetElapsedTime(started));
            Interlocked.Increment(ref _acknowledged);
        }
    }
}
