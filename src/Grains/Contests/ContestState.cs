using Competitions.Contracts.Contests;

namespace Competitions.Grains.Contests;

[GenerateSerializer]
public sealed class ContestState
{
    [Id(0)]
    public ContestDefinition? Definition { get; set; }

    [Id(1)]
    public SortedSet<string> EventCodes { get; set; } = new();

    [Id(2)]
    public SortedSet<string> JudgeIds { get; set; } = new();
}
