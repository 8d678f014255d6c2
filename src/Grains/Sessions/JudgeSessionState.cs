using Competitions.Contracts.Sessions;

namespace Competitions.Grains.Sessions;

[GenerateSerializer]
public sealed class JudgeSessionState
{
    [Id(0)]
    public JudgeSession? Session { get; set; }
}
