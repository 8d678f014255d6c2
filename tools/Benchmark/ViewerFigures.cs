namespace Competitions.Benchmark;

/// <summary>
/// What one <see cref="ViewerRun"/> measured. <see cref="RowsPerSecond"/> counts changed rows in the deltas received:
/// when a node merges a busy event's deltas, fewer deliveries carry as many marks.
/// </summary>
public sealed record ViewerFigures(
    double AcknowledgedPerSecond, int NotSent, double AckP50, double AckP99,
    long Deliveries, double DeliveriesPerSecond, double RowsPerSecond, double PushP50, double PushP99, double ClientCpuShare, int StillConnected);
