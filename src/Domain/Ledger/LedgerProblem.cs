namespace Competitions.Domain.Ledger;

/// <summary>One broken ledger row: its stream, its sequence (0 when the row could not even be read) and why.</summary>
public sealed record LedgerProblem(string Stream, int Sequence, string Reason)
{
    public override string ToString() => $"{Stream} #{Sequence}: {Reason}";
}
