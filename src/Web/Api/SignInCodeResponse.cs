namespace Competitions.Web.Api;

/// <summary>
/// The code in clear is shown once, to the organizer who issues it; only its hash is stored. <see cref="QrSvg"/>
/// encodes <see cref="SignInUrl"/> for printing: the judge scans it and the tablet signs in.
/// </summary>
public sealed record SignInCodeResponse(string Code, string SignInPath, string SignInUrl, string QrSvg, DateTimeOffset ExpiresAt);
