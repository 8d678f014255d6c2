using Competitions.Contracts.Events;
using Competitions.Contracts.Schemes;

namespace Competitions.Silo.Demo;

/// <summary>One event of a <see cref="DemoContest"/>, with everything it needs before marking can start.</summary>
public sealed record DemoEvent(EventDefinition Definition, MarkingSchemeDefinition Scheme, IReadOnlyList<CompetitorEntry> Competitors, PanelSetup Panels);
