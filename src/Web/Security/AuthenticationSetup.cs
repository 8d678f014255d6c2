using Competitions.Contracts.Accounts;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace Competitions.Web.Security;

public static class AuthenticationSetup
{
    /// <summary>Picks the bearer scheme (API keys, judges' tablets) when a token is sent, else the console's cookie.</summary>
    public const string SchemeName = "Competitions";

    public const string CookieScheme = CookieAuthenticationDefaults.AuthenticationScheme;

    public const string AntiforgeryHeader = "X-CSRF-TOKEN";

    public static IServiceCollection AddCompetitionsAuthentication(this IServiceCollection services, IConfiguration configuration)
    {
        // Secure whenever the request came over TLS, which behind a configured proxy is its X-Forwarded-Proto
        // (ForwardedHeadersSetup); Auth:AlwaysSecureCookies=true for sites only ever served over HTTPS, so a cookie
        // never leaves over plain HTTP even if a proxy is misconfigured.
        var securePolicy = configuration.GetValue("Auth:AlwaysSecureCookies", false) ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;
        services.AddAuthentication(SchemeName)
            .AddPolicyScheme(SchemeName, SchemeName, options => options.ForwardDefaultSelector = http =>
                http.Request.Headers.Authorization.Count > 0 || (http.Request.Path.StartsWithSegments("/hubs") && http.Request.Query.ContainsKey("access_token"))
                    ? BearerTokenHandler.SchemeName
                    : CookieScheme)
            .AddScheme<BearerTokenOptions, BearerTokenHandler>(BearerTokenHandler.SchemeName, options =>
                options.OrganizerKeys = configuration.GetSection("Auth:OrganizerKeys").Get<string[]>() ?? [])
            .AddCookie(CookieScheme, options =>
            {
                options.Cookie.Name = "competitions.organizer";
                options.Cookie.HttpOnly = true;
                options.Cookie.SameSite = SameSiteMode.Strict;
                options.Cookie.SecurePolicy = securePolicy;
                options.ExpireTimeSpan = TimeSpan.FromHours(12);
                options.SlidingExpiration = true;
                // An API answers 401/403; only the console's pages decide where to send the user.
                options.Events.OnRedirectToLogin = context => Status(context, StatusCodes.Status401Unauthorized);
                options.Events.OnRedirectToAccessDenied = context => Status(context, StatusCodes.Status403Forbidden);
                options.Events.OnValidatePrincipal = RefreshFromAccountAsync;
            });
        services.AddAntiforgery(options =>
        {
            options.HeaderName = AntiforgeryHeader;
            options.Cookie.Name = "competitions.csrf";
            options.Cookie.SameSite = SameSiteMode.Strict;
            options.Cookie.SecurePolicy = securePolicy;
        });
        return services;
    }

    private static Task Status(RedirectContext<CookieAuthenticationOptions> context, int status)
    {
        context.Response.StatusCode = status;
        return Task.CompletedTask;
    }

    /// <summary>
    /// Every request re-reads the account from its grain (memory, not the database), so a disabled account, a new
    /// password or a contest taken away takes effect at once on every web node, not when the cookie expires.
    /// </summary>
    private static async Task RefreshFromAccountAsync(CookieValidatePrincipalContext context)
    {
        var grains = context.HttpContext.RequestServices.GetRequiredService<IGrainFactory>();
        var account = context.Principal is null ? null : await SessionCheck.CurrentAccountAsync(grains, context.Principal);
        if (account is null)
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(CookieScheme);
            return;
        }

        context.ReplacePrincipal(AccountPrincipal.From(account, CookieScheme, context.Principal!.FindFirst(CompetitionClaims.Session)?.Value));
    }
}
