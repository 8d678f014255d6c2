using Competitions.Domain.Workflow;

namespace Competitions.Contracts;

/// <summary>Who sends a command, as authenticated by the web host; grains decide what that caller may do.</summary>
[GenerateSerializer, Immutable]
public sealed record Caller([property: Id(0)] CallerRole Role, [property: Id(1)] string Id)
{
    public bool IsOrganizer => Role == CallerRole.Organizer;

    /// <summary>The caller as the domain's rules see him: an organizer, a judge by id, or neither.</summary>
    public Actor ToActor() => new(IsOrganizer, Role == CallerRole.Judge ? Id : null);

    public static Caller Organizer(string id) => new(CallerRole.Organizer, id);

    public static Caller Judge(string judgeId) => new(CallerRole.Judge, judgeId);

    public static Caller Arbitrator(string userName) => new(CallerRole.Arbitrator, userName);

    public static Caller TeamLeader(string userName) => new(CallerRole.TeamLeader, userName);
}
