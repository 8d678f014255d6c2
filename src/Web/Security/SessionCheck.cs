using System.Globalization;
using System.Security.Claims;
using Competitions.Contracts.Accounts;
using Competitions.Contracts.Sessions;

namespace Competitions.Web.Security;

/// <summary>
/// Whether a signed-in caller's session still holds, asked of the grains: the judge's session not revoked or expired,
/// the account still there, enabled and on the password the cookie was issued for. HTTP requests ask it on every
/// request; a live connection, which authenticated once when it opened, asks it on every hub call and on a timer.
/// </summary>
public static class SessionCheck
{
    public static async Task<bool> IsCurrentAsync(IGrainFactory grains, ClaimsPrincipal user) => user.Identity?.AuthenticationType switch
    {
        BearerTokenHandler.SchemeName when user.FindFirstValue(CompetitionClaims.Session) is { } sessionKey =>
            await grains.GetGrain<IJudgeSessionGrain>(sessionKey).Validate() is not null,
        AuthenticationSetup.CookieScheme => await CurrentAccountAsync(grains, user) is not null,
        // An organizer API key comes from configuration and ends only when the configuration changes.
        _ => true,
    };

    /// <summary>The cookie's account as it is now, or null when it is gone, disabled or has a new password.</summary>
    public static async Task<Account?> CurrentAccountAsync(IGrainFactory grains, ClaimsPrincipal user)
    {
        var userName = user.Identity?.Name;
        var account = userName is null ? null : await grains.GetGrain<IAccountGrain>(userName).Get();
        var issuedFor = user.FindFirst(CompetitionClaims.PasswordSetAt)?.Value;
        return account is null || account.Disabled
            || issuedFor != (account.PasswordSetAt?.UtcTicks ?? 0).ToString(CultureInfo.InvariantCulture)
            ? null
            : account;
    }
}
