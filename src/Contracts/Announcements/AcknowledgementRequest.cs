namespace Competitions.Contracts.Announcements;

/// <summary>A judge's acknowledgement, with the tablet it came from (recorded in the ledger beside him).</summary>
[GenerateSerializer, Immutable]
public sealed record AcknowledgementRequest([property: Id(0)] string? DeviceId = null);
