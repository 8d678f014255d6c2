using Competitions.Contracts.Advancement;
using Competitions.Domain.Advancement;

namespace Competitions.Grains.Advancement;

/// <summary>The list as announced or committed, and the withdrawals; every change is in the ledger before it is here.</summary>
[GenerateSerializer]
public sealed class AdvancementState
{
    [Id(0)]
    public AdvancementStage Stage { get; set; } = AdvancementStage.Draft;

    /// <summary>The list as last announced (then committed); empty while a draft.</summary>
    [Id(1)]
    public List<AdvancementRow> Rows { get; set; } = [];

    [Id(2)]
    public string? ResultsHash { get; set; }

    [Id(3)]
    public DateTimeOffset? AnnouncedAt { get; set; }

    [Id(4)]
    public DateTimeOffset? CommittedAt { get; set; }

    /// <summary>Next-round competitor id → why he withdrew.</summary>
    [Id(5)]
    public Dictionary<string, string> Withdrawals { get; set; } = [];
}
