using Competitions.Domain.Text;
using Competitions.Domain.Validation;

namespace Competitions.Domain.Ledger;

/// <summary>
/// What every row must satisfy before it is offered to the ledger, whichever command made it. The ledger is append-only
/// and its rows are acknowledged to judges: a row the database would refuse or alter must be refused here, as a
/// clear 400, rather than failing in storage (an endless "retry with the same id") or being stored differently.
/// </summary>
public static class LedgerEntryRules
{
    public static FieldProblem? Check(LedgerRecord draft)
    {
        if (draft.EntryId == Guid.Empty)
        {
            // An all-zero id is what a client sends when it forgot to make one; taking it would block that id ledger-wide.
            return new FieldProblem("entryId", "entry-id-empty", "The entry id is all zeros; every command needs its own id, made once on the device.");
        }

        if (draft.Value is { } value && LedgerValue.Problem(value) is { } unstorable)
        {
            return new FieldProblem("value", "value-unstorable", unstorable);
        }

        return FreeText.Check("deviceId", draft.DeviceId, FreeText.LabelMax)
            ?? FreeText.Check("reason", draft.Reason, FreeText.ReasonMax, multiline: true);
    }
}
