namespace Competitions.Benchmark;

/// <summary>Where the viewers benchmark sends its marks: the product's API, or the bare hub it is compared with.</summary>
public interface IMarkChannel
{
    /// <summary>False during warm-up: marks are sent but not counted or timed.</summary>
    bool Measuring { get; set; }

    /// <summary>Time from sending a mark to its acknowledgement.</summary>
    LatencyRecorder AckLatency { get; }

    long Acknowledged { get; }

    /// <summary>Called with the send timestamp just before a mark leaves, so viewers can time its push.</summary>
    Action<MarkTarget, long>? OnSending { get; set; }

    Task SendAsync(MarkTarget target, Random values, string deviceId);
}
