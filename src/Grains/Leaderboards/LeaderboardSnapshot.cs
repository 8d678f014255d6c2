using Competitions.Contracts.Scoresheets;

namespace Competitions.Grains.Leaderboards;

/// <summary>
/// A leaderboard's standings as last saved, so that a cold board reads only the score sheets that moved past the
/// versions here instead of its event's whole ledger. It holds only for the scoring contexts it was computed with.
/// </summary>
[GenerateSerializer]
public sealed class LeaderboardSnapshot
{
    /// <summary>The SHA-256 of the scoring contexts the standings were computed with.</summary>
    [Id(0)]
    public string ContextFingerprint { get; set; } = string.Empty;

    [Id(1)]
    public List<Standing> Standings { get; set; } = [];
}
