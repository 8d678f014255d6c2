namespace Competitions.Web.Api;

public sealed record SignInPasswordRequest(string UserName, string Password);
