namespace Competitions.Contracts.Accounts;

/// <summary>A person's account as the console and the web host see it; the password hash never leaves its grain.</summary>
[GenerateSerializer, Immutable]
public sealed record Account(
    [property: Id(0)] string UserName,
    [property: Id(1)] string DisplayName,
    [property: Id(2)] bool IsAdministrator,
    [property: Id(3)] IReadOnlyList<string> ContestIds,
    [property: Id(4)] bool Disabled,
    [property: Id(5)] AccountRole Role = AccountRole.Organizer,
    [property: Id(6)] string? Delegation = null,
    [property: Id(7)] DateTimeOffset? PasswordSetAt = null)
{
    /// <summary>Administrators run every contest; other organizers only the contests they are given.</summary>
    public bool Organizes(string contestId) => !Disabled && Role == AccountRole.Organizer && (IsAdministrator || ContestIds.Contains(contestId));
}
