namespace Competitions.Contracts.Announcements;

/// <summary>A judge a message went to, by id and name, and when he acknowledged it (null: not yet).</summary>
[GenerateSerializer, Immutable]
public sealed record AddresseeView([property: Id(0)] string JudgeId, [property: Id(1)] string Name, [property: Id(2)] DateTimeOffset? AcknowledgedAt);
