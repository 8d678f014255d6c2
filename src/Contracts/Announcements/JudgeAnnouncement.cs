namespace Competitions.Contracts.Announcements;

/// <summary>A message as the judge it went to sees it on his tablet: which event, from whom, and his acknowledgement.</summary>
[GenerateSerializer, Immutable]
public sealed record JudgeAnnouncement(
    [property: Id(0)] Guid Id,
    [property: Id(1)] string EventCode,
    [property: Id(2)] string Text,
    [property: Id(3)] bool FromChiefJudge,
    [property: Id(4)] DateTimeOffset SentAt,
    [property: Id(5)] DateTimeOffset? AcknowledgedAt);
