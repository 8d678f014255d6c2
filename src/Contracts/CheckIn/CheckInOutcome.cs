using Competitions.Contracts.Scoresheets;

namespace Competitions.Contracts.CheckIn;

/// <summary>
/// Whom the desk checked in, and the ledger entry. <see cref="Repeat"/>: he was checked in before (a second scan); the
/// receipt is that earlier check-in's.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record CheckInOutcome(
    [property: Id(0)] CheckInEntry Competitor,
    [property: Id(1)] LedgerReceipt Receipt,
    [property: Id(2)] bool Repeat);
