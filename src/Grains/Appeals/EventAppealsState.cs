using Competitions.Contracts.Appeals;

namespace Competitions.Grains.Appeals;

[GenerateSerializer]
public sealed class EventAppealsState
{
    [Id(0)]
    public List<Appeal> Appeals { get; set; } = [];
}
