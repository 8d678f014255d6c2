namespace Competitions.Web.Api;

/// <summary>One mark of a tablet's outbox: a <see cref="MarkRequest"/> that names its event and competitor.</summary>
public sealed record BatchMark(Guid MarkId, string EventCode, string CompetitorId, string AspectId, decimal Value, string? JudgeId = null, string? DeviceId = null);
