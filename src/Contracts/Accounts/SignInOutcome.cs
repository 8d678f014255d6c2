namespace Competitions.Contracts.Accounts;

/// <summary>The account when the password matched; otherwise why not (wrong password, locked out, disabled).</summary>
[GenerateSerializer, Immutable]
public sealed record SignInOutcome([property: Id(0)] Account? Account, [property: Id(1)] string? Refusal);
