namespace Competitions.Domain.Workflow;

/// <summary>Who sends a command, as far as the rules care: an organizer, or a judge with his id, or neither.</summary>
public sealed record Actor(bool IsOrganizer, string? JudgeId)
{
    public bool IsJudge(string judgeId) => JudgeId == judgeId;
}
