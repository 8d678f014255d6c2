namespace Competitions.Web.Api;

/// <summary>The code in clear is shown once, to the organizer who issues it; only its hash is stored.</summary>
public sealed record SignInCodeResponse(string Code, string SignInPath, DateTimeOffset ExpiresAt);
