namespace Competitions.Web.Api;

public sealed record JudgeRequest(string Name, string Organisation);
