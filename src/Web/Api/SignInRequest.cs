namespace Competitions.Web.Api;

public sealed record SignInRequest(string Code);
