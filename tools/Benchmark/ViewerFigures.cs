namespace Competitions.Benchmark;

/// <summary>What one <see cref="ViewerRun"/> measured.</summary>
public sealed record ViewerFigures(
    double AcknowledgedPerSecond, int NotSent, double AckP50, double AckP99,
    long Deliveries, double DeliveriesPerSecond, double PushP50, double PushP99, double ClientCpuShare, int StillConnected);
