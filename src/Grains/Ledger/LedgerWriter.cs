using Competitions.Contracts.Errors;
using Competitions.Domain.Ledger;

namespace Competitions.Grains.Ledger;

/// <summary>
/// The head of one ledger stream as its single writer (a grain activation) sees it. It chains each new row to the
/// previous one; the grain's single-threaded turn is what makes one writer per stream safe.
/// </summary>
public sealed class LedgerWriter(ILedgerStore store, TimeProvider time, string stream)
{
    private bool _loaded;

    public int Sequence { get; private set; }

    public byte[] Head { get; private set; } = LedgerRecord.GenesisHash;

    /// <summary>Reads the stream and returns its rows, leaving the writer positioned after the last one.</summary>
    public async Task<IReadOnlyList<ChainedLedgerRecord>> LoadAsync()
    {
        var rows = await store.ReadStreamAsync(stream);
        _loaded = true;
        Sequence = rows.Count == 0 ? 0 : rows[^1].Record.Sequence;
        Head = rows.Count == 0 ? LedgerRecord.GenesisHash : rows[^1].Hash;
        return rows;
    }

    /// <summary>
    /// Builds the next row from <paramref name="draft"/> (its stream, sequence and time are set here) and stores it;
    /// a writer not yet loaded reads its stream's head first.
    /// </summary>
    public async Task<ChainedLedgerRecord> AppendAsync(LedgerRecord draft) => (await AppendGroupAsync([draft]))[0];

    /// <summary>
    /// Builds the next rows from <paramref name="drafts"/>, chained in order, and stores them as a group: all of them
    /// or, with a <see cref="LedgerConflictException"/>, none.
    /// </summary>
    public async Task<IReadOnlyList<ChainedLedgerRecord>> AppendGroupAsync(IReadOnlyList<LedgerRecord> drafts)
    {
        if (!_loaded)
        {
            await LoadAsync();
        }

        var recordedAt = LedgerRecord.TruncateToMicroseconds(time.GetUtcNow());
        var rows = new List<ChainedLedgerRecord>(drafts.Count);
        var head = Head;
        foreach (var draft in drafts)
        {
            // The last guard for every writer (sheets, events, appeals): commands check this before they get here.
            if (LedgerEntryRules.Check(draft) is { } problem)
            {
                throw CompetitionRuleException.Invalid(problem.Code, problem.Reason);
            }

            var record = draft with { Stream = stream, Sequence = Sequence + rows.Count + 1, RecordedAt = recordedAt };
            rows.Add(ChainedLedgerRecord.Chain(record, head));
            head = rows[^1].Hash;
        }

        await store.AppendGroupAsync(rows);
        Sequence += rows.Count;
        Head = head;
        return rows;
    }
}
