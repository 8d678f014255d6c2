namespace Competitions.Contracts.Sessions;

/// <summary>A one-time code an organizer hands a judge (printed or as a QR link).</summary>
[GenerateSerializer, Immutable]
public sealed record SignInCode([property: Id(0)] string Code, [property: Id(1)] DateTimeOffset ExpiresAt);
