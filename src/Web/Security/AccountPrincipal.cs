using System.Security.Claims;
using Competitions.Contracts.Accounts;

namespace Competitions.Web.Security;

public static class AccountPrincipal
{
    /// <param name="sessionId">The cookie's own id, given at sign-in, so signing out can close that session's live connections.</param>
    public static ClaimsPrincipal From(Account account, string scheme, string? sessionId = null)
    {
        var role = account.Role switch
        {
            AccountRole.Arbitrator => CompetitionClaims.ArbitratorRole,
            AccountRole.TeamLeader => CompetitionClaims.TeamLeaderRole,
            AccountRole.Organizer => CompetitionClaims.OrganizerRole,
            // A role added later must be mapped on purpose, never fall through to organizer.
            _ => throw new InvalidOperationException($"Account role {account.Role} has no claim."),
        };
        List<Claim> claims =
        [
            new(ClaimTypes.Name, account.UserName),
            new(CompetitionClaims.Role, role),
            new(CompetitionClaims.PasswordSetAt, (account.PasswordSetAt?.UtcTicks ?? 0).ToString(System.Globalization.CultureInfo.InvariantCulture)),
            .. account.ContestIds.Select(id => new Claim(CompetitionClaims.Contest, id)),
        ];
        if (account.Delegation is { } delegation)
        {
            claims.Add(new Claim(CompetitionClaims.Delegation, delegation));
        }

        if (sessionId is not null)
        {
            claims.Add(new Claim(CompetitionClaims.Session, sessionId));
        }

        if (account.IsAdministrator)
        {
            claims.Add(new Claim(CompetitionClaims.Administrator, "true"));
        }

        return new ClaimsPrincipal(new ClaimsIdentity(claims, scheme));
    }

    public static bool IsAdministrator(this ClaimsPrincipal user) => user.HasClaim(CompetitionClaims.Administrator, "true");

    public static bool OrganizesContest(this ClaimsPrincipal user, string contestId) =>
        user.HasClaim(CompetitionClaims.Role, CompetitionClaims.OrganizerRole) && user.BelongsToContest(contestId);

    public static bool BelongsToContest(this ClaimsPrincipal user, string contestId) =>
        user.IsAdministrator() || user.HasClaim(CompetitionClaims.Contest, contestId);

    public static bool HasRole(this ClaimsPrincipal user, string role) => user.HasClaim(CompetitionClaims.Role, role);
}
