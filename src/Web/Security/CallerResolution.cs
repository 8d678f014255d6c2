using System.Security.Claims;
using Competitions.Contracts;
using Competitions.Contracts.Errors;

namespace Competitions.Web.Security;

public static class CallerResolution
{
    /// <summary>
    /// The caller as the grains see it. A judge's session and a non-administrator organizer's account belong to
    /// given contests; using them on another contest's addresses is refused here (judge ids are only unique within a
    /// contest).
    /// </summary>
    public static Caller ToCaller(this ClaimsPrincipal user, string contestId)
    {
        if (user.OrganizesContest(contestId))
        {
            return Caller.Organizer(user.Identity?.Name ?? "organizer");
        }

        if (user.FindFirstValue(CompetitionClaims.Role) == CompetitionClaims.JudgeRole && user.FindFirstValue(CompetitionClaims.ContestId) == contestId)
        {
            return Caller.Judge(user.FindFirstValue(CompetitionClaims.JudgeId)!);
        }

        throw CompetitionRuleException.Forbidden("wrong-contest", "This session does not belong to this contest.");
    }
}
