using Competitions.Contracts.Judges;

namespace Competitions.Grains.Judges;

[GenerateSerializer]
public sealed class JudgeState
{
    [Id(0)]
    public JudgeProfile? Profile { get; set; }

    [Id(1)]
    public SortedSet<string> EventKeys { get; set; } = new();

    [Id(2)]
    public List<string> SessionHashes { get; set; } = [];
}
