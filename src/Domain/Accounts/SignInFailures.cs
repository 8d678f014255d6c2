namespace Competitions.Domain.Accounts;

/// <summary>Wrong passwords in a row from one source (an address, or an address on one account) and when the last was.</summary>
public readonly record struct SignInFailures(int Count, DateTimeOffset LastAt);
