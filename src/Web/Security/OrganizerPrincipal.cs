using System.Security.Claims;
using Competitions.Contracts.Accounts;

namespace Competitions.Web.Security;

public static class OrganizerPrincipal
{
    public static ClaimsPrincipal From(OrganizerAccount account, string scheme)
    {
        List<Claim> claims =
        [
            new(ClaimTypes.Name, account.UserName),
            new(CompetitionClaims.Role, CompetitionClaims.OrganizerRole),
            .. account.ContestIds.Select(id => new Claim(CompetitionClaims.Organizes, id)),
        ];
        if (account.IsAdministrator)
        {
            claims.Add(new Claim(CompetitionClaims.Administrator, "true"));
        }

        return new ClaimsPrincipal(new ClaimsIdentity(claims, scheme));
    }

    public static bool IsAdministrator(this ClaimsPrincipal user) => user.HasClaim(CompetitionClaims.Administrator, "true");

    public static bool OrganizesContest(this ClaimsPrincipal user, string contestId) =>
        user.HasClaim(CompetitionClaims.Role, CompetitionClaims.OrganizerRole)
        && (user.IsAdministrator() || user.HasClaim(CompetitionClaims.Organizes, contestId));
}
