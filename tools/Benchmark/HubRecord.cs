namespace Competitions.Benchmark;

/// <summary>One record from the hub as a viewer reads it: its kind and, for a completion or a close, the hub's error if any.</summary>
public readonly record struct HubRecord(HubRecordKind Kind, string? Error = null);
