using Microsoft.AspNetCore.Authorization;

namespace Competitions.Web.Security;

/// <summary>
/// The caller organizes the contest in the route's <c>contestId</c>; routes without one (new contests, metrics,
/// accounts) are for administrators.
/// </summary>
public sealed class ContestOrganizerRequirement : AuthorizationHandler<ContestOrganizerRequirement>, IAuthorizationRequirement
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, ContestOrganizerRequirement requirement)
    {
        var contestId = (context.Resource as HttpContext)?.GetRouteValue("contestId") as string;
        if (contestId is null ? context.User.IsAdministrator() : context.User.OrganizesContest(contestId))
        {
            context.Succeed(requirement);
        }

        return Task.CompletedTask;
    }
}
