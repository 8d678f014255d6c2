using Competitions.Contracts.Accounts;

namespace Competitions.Grains.Accounts;

[GenerateSerializer]
public sealed class AccountState
{
    [Id(0)]
    public string? DisplayName { get; set; }

    [Id(1)]
    public string? PasswordHash { get; set; }

    [Id(2)]
    public bool IsAdministrator { get; set; }

    [Id(3)]
    public List<string> ContestIds { get; set; } = [];

    [Id(4)]
    public bool Disabled { get; set; }

    [Id(7)]
    public AccountRole Role { get; set; }

    [Id(8)]
    public string? Delegation { get; set; }

    [Id(9)]
    public DateTimeOffset PasswordSetAt { get; set; }

    /// <summary>Recent wrong passwords by client address (ids 5 and 6 held the old hard lock-out; do not reuse them).</summary>
    [Id(10)]
    public Dictionary<string, SignInFailureRecord> FailuresByAddress { get; set; } = [];
}
