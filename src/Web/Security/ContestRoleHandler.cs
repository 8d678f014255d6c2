using Microsoft.AspNetCore.Authorization;

namespace Competitions.Web.Security;

public sealed class ContestRoleHandler : AuthorizationHandler<ContestRoleRequirement>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, ContestRoleRequirement requirement)
    {
        var contestId = (context.Resource as HttpContext)?.GetRouteValue("contestId") as string;
        if (contestId is not null && context.User.BelongsToContest(contestId) && requirement.Roles.Any(context.User.HasRole))
        {
            context.Succeed(requirement);
        }

        return Task.CompletedTask;
    }
}
