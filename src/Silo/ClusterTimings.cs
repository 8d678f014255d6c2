using Orleans.Configuration;

namespace Competitions.Silo;

/// <summary>
/// Failure detection for a contest LAN, where silos sit a switch apart and a dead silo must cost seconds, not the
/// half minute of Orleans' defaults (probes every 5 s, 3 misses, then a 30 s response timeout for calls in flight).
/// Every value can be overridden under <c>Orleans:Membership</c> and <c>Orleans:Messaging</c>; docs/architecture.md
/// explains the choice.
/// </summary>
public static class ClusterTimings
{
    /// <summary>
    /// Calls in flight to a silo that dies are only answered by this timeout. Ten seconds is far above any healthy
    /// call here (a cold board of 1,000 rows builds in well under a second) and short enough that nothing hangs for
    /// long; the mark path does not rely on it, since web nodes give a mark their own shorter budget and retry.
    /// </summary>
    public static readonly TimeSpan ResponseTimeout = TimeSpan.FromSeconds(10);

    public static void ConfigureMembership(ClusterMembershipOptions options)
    {
        // A probe every second (Orleans adapts it between half and four times this to the measured round trip, and
        // lengthens it while this silo itself is degraded, e.g. starved of CPU, so a busy silo does not vote out a
        // healthy peer). Three missed probes raise a suspicion; two suspicions declare the silo dead: about three
        // seconds from a kill to the death declaration on a LAN.
        options.ProbeTimeout = TimeSpan.FromSeconds(1);
        options.NumMissedProbesLimit = 3;
        options.NumVotesForDeathDeclaration = 2;
        options.ExtendProbeTimeoutDuringDegradation = true;
        options.EnableIndirectProbes = true;
        // Other silos learn a death by gossip at once; the table refresh is only the safety net for missed gossip.
        options.TableRefreshTimeout = TimeSpan.FromSeconds(10);
    }
}
