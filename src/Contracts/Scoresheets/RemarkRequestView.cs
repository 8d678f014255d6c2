namespace Competitions.Contracts.Scoresheets;

[GenerateSerializer, Immutable]
public sealed record RemarkRequestView([property: Id(0)] string AspectId, [property: Id(1)] string Note, [property: Id(2)] DateTimeOffset RequestedAt);
