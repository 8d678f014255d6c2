namespace Competitions.Web.Api;

public sealed record SessionResponse(string Token, string ContestId, string JudgeId, DateTimeOffset ExpiresAt);
