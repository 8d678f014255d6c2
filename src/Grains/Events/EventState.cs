using Competitions.Contracts.Events;
using Competitions.Contracts.Schemes;
using Competitions.Domain.Workflow;

namespace Competitions.Grains.Events;

[GenerateSerializer]
public sealed class EventState
{
    [Id(0)]
    public EventDefinition? Definition { get; set; }

    [Id(1)]
    public MarkingSchemeDefinition Scheme { get; set; } = MarkingSchemeDefinition.Empty;

    [Id(2)]
    public EventStatus Status { get; set; } = EventStatus.Setup;

    [Id(3)]
    public Dictionary<string, CompetitorEntry> Competitors { get; set; } = [];

    [Id(4)]
    public PanelSetup Panels { get; set; } = new(null, []);

    /// <summary>Each panel judge's organisation, captured when the panel is set, for same-organisation recusals.</summary>
    [Id(5)]
    public Dictionary<string, string> JudgeOrganisations { get; set; } = [];

    [Id(6)]
    public List<Recusal> Recusals { get; set; } = [];

    [Id(7)]
    public Publication Publication { get; set; } = Publication.Live;

    [Id(8)]
    public DateTimeOffset? PublishedAt { get; set; }

    [Id(9)]
    public DrawResult? LastDraw { get; set; }

    /// <summary>1 for the scheme marking started with; each revision during marking adds one.</summary>
    [Id(10)]
    public int SchemeVersion { get; set; } = 1;

    /// <summary>Keys public board rows (<see cref="Domain.Visibility.PublicRowKey"/>); never leaves the cluster.</summary>
    [Id(11)]
    public string? PublicRowSecret { get; set; }
}
