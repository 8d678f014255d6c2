using System.Diagnostics.Metrics;

namespace Competitions.Contracts;

/// <summary>
/// The product's own metrics, shared by silos and web nodes (exported with OpenTelemetry: OTLP when
/// OTEL_EXPORTER_OTLP_ENDPOINT is set, and Prometheus at /metrics on web nodes).
/// </summary>
public static class Telemetry
{
    public const string MeterName = "Competitions";

    private static readonly Meter Meter = new(MeterName);

    /// <summary>Marks, corrections and other commands stored in the ledger, by kind.</summary>
    public static readonly Counter<long> LedgerEntries = Meter.CreateCounter<long>("competitions.ledger.entries", description: "Ledger entries appended");

    /// <summary>Acknowledgements that went out before the leaderboard answered (slow, building, or on a lost silo).</summary>
    public static readonly Counter<long> BoardUpdatesNotAwaited = Meter.CreateCounter<long>("competitions.board.updates.not_awaited", description: "Marks acknowledged without waiting for the leaderboard");

    /// <summary>Time a score sheet spends storing one entry (the durable part of an acknowledgement).</summary>
    public static readonly Histogram<double> LedgerAppend = Meter.CreateHistogram<double>("competitions.ledger.append.duration", "ms", "Time to append one ledger entry");

    /// <summary>From a board's first unpublished change to the web node handing the delta to SignalR.</summary>
    public static readonly Histogram<double> PushLatency = Meter.CreateHistogram<double>("competitions.board.push.latency", "ms", "Change to push on the web node");

    /// <summary>Public deltas folded into one still waiting to leave a web node that fell behind its viewers.</summary>
    public static readonly Counter<long> PublicDeltasMerged = Meter.CreateCounter<long>("competitions.board.public.merged", description: "Public deltas merged before sending");

    /// <summary>Live SignalR connections on this web node.</summary>
    public static readonly UpDownCounter<long> Viewers = Meter.CreateUpDownCounter<long>("competitions.viewers", description: "Connected live viewers");
}
