namespace Competitions.Grains.Sessions;

[GenerateSerializer]
public sealed class SignInCodeState
{
    [Id(0)]
    public string? ContestId { get; set; }

    [Id(1)]
    public string? JudgeId { get; set; }

    [Id(2)]
    public DateTimeOffset ExpiresAt { get; set; }

    [Id(3)]
    public bool Used { get; set; }
}
