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

    [Id(5)]
    public int FailedSignIns { get; set; }

    [Id(6)]
    public DateTimeOffset? LockedUntil { get; set; }

    [Id(7)]
    public AccountRole Role { get; set; }

    [Id(8)]
    public string? Delegation { get; set; }

    [Id(9)]
    public DateTimeOffset PasswordSetAt { get; set; }
}
