namespace Competitions.Contracts.Advancement;

/// <summary>
/// The list of who advances into one later-round event, from its sources' published results: worked out, announced
/// for public notice (公示), committed as the event's roster. Every step is in the ledger (stream
/// <c>advancement:{contest/event}</c>, exported with the event). Key: <see cref="Keys.Event"/> of the later event.
/// </summary>
public interface IAdvancementGrain : IGrainWithStringKey
{
    /// <summary>
    /// The list as the sources' results give it now (before commit), or as committed with any difference today's
    /// results would make; organizers only.
    /// </summary>
    Task<AdvancementView> Get(Caller caller);

    /// <summary>Puts the list on public notice; the event's notice and appeal periods start now. Again: they start over.</summary>
    Task<AdvancementView> Announce(Caller caller);

    /// <summary>A competitor declines or cannot take his place: the next ranked takes it. Recorded with the reason.</summary>
    Task<AdvancementView> Withdraw(Caller caller, AdvancementWithdrawal withdrawal);

    /// <summary>Makes the announced list the event's roster, in the ledger with the rule and the results' fingerprint.</summary>
    Task<AdvancementView> Commit(Caller caller);

    /// <summary>The announced or committed list as the public notice shows it; NotFound before it is announced.</summary>
    Task<PublicAdvancement> GetPublic();
}
