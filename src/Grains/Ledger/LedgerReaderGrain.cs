using Competitions.Contracts.Ledger;
using Orleans.Concurrency;

namespace Competitions.Grains.Ledger;

/// <summary>A read-only query with no state, so any silo may answer it locally.</summary>
[StatelessWorker]
public sealed class LedgerReaderGrain(ILedgerStore store) : Grain, ILedgerReaderGrain
{
    public async Task<IReadOnlyList<LedgerRow>> ReadEvent(string eventKey) =>
        [.. (await store.ReadEventAsync(eventKey)).Select(LedgerRow.From)];
}
