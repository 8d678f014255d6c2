namespace Competitions.Web.Api;

public sealed record SubmissionRequest(Guid EntryId, string? JudgeId = null, string? DeviceId = null);
