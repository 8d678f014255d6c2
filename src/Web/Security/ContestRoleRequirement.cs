using Microsoft.AspNetCore.Authorization;

namespace Competitions.Web.Security;

/// <summary>The caller has one of <see cref="Roles"/> and belongs to the route's contest.</summary>
public sealed record ContestRoleRequirement(params string[] Roles) : IAuthorizationRequirement;
