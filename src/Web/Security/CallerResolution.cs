using System.Security.Claims;
using Competitions.Contracts;
using Competitions.Contracts.Errors;

namespace Competitions.Web.Security;

public static class CallerResolution
{
    /// <summary>
    /// The caller as the grains see it. A judge's session belongs to one contest; using it on another contest's
    /// addresses is refused here, because judge ids are only unique within a contest.
    /// </summary>
    public static Caller ToCaller(this ClaimsPrincipal user, string contestId)
    {
        var role = user.FindFirstValue(CompetitionClaims.Role);
        if (role == CompetitionClaims.OrganizerRole)
        {
            return Caller.Organizer(user.Identity?.Name ?? "organizer");
        }

        if (role == CompetitionClaims.JudgeRole && user.FindFirstValue(CompetitionClaims.ContestId) == contestId)
        {
            return Caller.Judge(user.FindFirstValue(CompetitionClaims.JudgeId)!);
        }

        throw CompetitionRuleException.Forbidden("wrong-contest", "This session does not belong to this contest.");
    }
}
