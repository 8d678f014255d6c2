namespace Competitions.Contracts.Accounts;

/// <summary>What a signed-in person does for his contests (judges sign in with codes, not accounts).</summary>
public enum AccountRole
{
    /// <summary>Configures and runs contests (all of them when also an administrator).</summary>
    Organizer,

    /// <summary>A member of the arbitration group (仲裁组): reviews and decides appeals.</summary>
    Arbitrator,

    /// <summary>A delegation's team leader (领队): lodges appeals for his delegation's competitors.</summary>
    TeamLeader,
}
