using Competitions.Contracts.Events;
using Competitions.Contracts.Scoresheets;

namespace Competitions.Contracts.Judges;

[GenerateSerializer, Immutable]
public sealed record JudgeEventWork([property: Id(0)] JudgeEventAssignment Assignment, [property: Id(1)] IReadOnlyList<JudgeSheetView> Sheets);
