namespace Competitions.Contracts.Accounts;

/// <summary>
/// Creates or changes an account. A null password keeps the current one (a new account needs one). A team leader
/// names his delegation; an administrator is always an organizer.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record AccountSetup(
    [property: Id(0)] string DisplayName,
    [property: Id(1)] bool IsAdministrator,
    [property: Id(2)] IReadOnlyList<string> ContestIds,
    [property: Id(3)] string? Password = null,
    [property: Id(4)] bool Disabled = false,
    [property: Id(5)] AccountRole Role = AccountRole.Organizer,
    [property: Id(6)] string? Delegation = null);
