namespace Competitions.Grains.Accounts;

/// <summary>The stored form of <see cref="Domain.Accounts.SignInFailures"/> (the domain has no Orleans attributes).</summary>
[GenerateSerializer]
public sealed record SignInFailureRecord([property: Id(0)] int Count, [property: Id(1)] DateTimeOffset LastAt);
