using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;

namespace Competitions.Web.Security;

/// <summary>
/// An organizer of the route's contest, or a judge signed in to it. Checked before the request body is read, so a
/// caller from another contest is refused (403) whatever he sends; what a judge may do is then decided in the grains.
/// </summary>
public sealed class ContestStaffRequirement : AuthorizationHandler<ContestStaffRequirement>, IAuthorizationRequirement
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, ContestStaffRequirement requirement)
    {
        var user = context.User;
        var isJudge = user.FindFirstValue(CompetitionClaims.Role) == CompetitionClaims.JudgeRole;
        var isOrganizer = user.FindFirstValue(CompetitionClaims.Role) == CompetitionClaims.OrganizerRole;
        var allowed = (context.Resource as HttpContext)?.GetRouteValue("contestId") is string contestId
            ? user.OrganizesContest(contestId) || (isJudge && user.FindFirstValue(CompetitionClaims.ContestId) == contestId)
            : isJudge || isOrganizer;
        if (allowed)
        {
            context.Succeed(requirement);
        }

        return Task.CompletedTask;
    }
}
