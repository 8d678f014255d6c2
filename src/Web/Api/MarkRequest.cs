namespace Competitions.Web.Api;

/// <summary>A mark as the tablet sends it. <c>JudgeId</c> may be left out by a judge (it is the session's judge).</summary>
public sealed record MarkRequest(Guid MarkId, string AspectId, decimal Value, string? JudgeId = null, string? DeviceId = null);
