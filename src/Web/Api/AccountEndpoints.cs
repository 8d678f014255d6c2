using System.Security.Claims;
using Competitions.Contracts;
using Competitions.Contracts.Accounts;
using Competitions.Web.Hosting;
using Competitions.Web.Live;
using Competitions.Web.Security;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Competitions.Web.Api;

public static class AccountEndpoints
{
    public const string SignInRateLimitPolicy = "sign-in";

    public static IEndpointRouteBuilder MapAccountEndpoints(this IEndpointRouteBuilder app)
    {
        var account = app.MapGroup("/api/account").WithTags("Accounts");

        account.MapPost("/sign-in", async Task<Results<NoContent, ProblemHttpResult>> (SignInPasswordRequest request, HttpContext http, IGrainFactory grains) =>
        {
            var clientAddress = ClientAddresses.Of(http);
            var address = grains.GetGrain<ISignInAddressGrain>(clientAddress);
            if (!await address.MayTry())
            {
                return SignInRefused();
            }

            var signedIn = Keys.IsValidId(Keys.Account(request.UserName))
                ? await grains.GetGrain<IAccountGrain>(Keys.Account(request.UserName)).SignIn(request.Password, clientAddress)
                : null;
            if (signedIn is null)
            {
                await address.RecordFailure();
                return SignInRefused();
            }

            var sessionId = Guid.NewGuid().ToString("N");
            await http.SignInAsync(AuthenticationSetup.CookieScheme, AccountPrincipal.From(signedIn, AuthenticationSetup.CookieScheme, sessionId));
            return TypedResults.NoContent();
        }).AllowAnonymous().RequireRateLimiting(SignInRateLimitPolicy);

        account.MapPost("/sign-out", async (HttpContext http, StaffConnections connections) =>
        {
            // The cookie holds no state on the server, so only this node's connections of this session can be found.
            if (http.User.FindFirstValue(CompetitionClaims.Session) is { } sessionId)
            {
                connections.Close(sessionId);
            }

            await http.SignOutAsync(AuthenticationSetup.CookieScheme);
            return TypedResults.NoContent();
        }).RequireAuthorization(Policies.AccountHolder);

        // The console calls this after sign-in and on load: who am I, and the token for state-changing requests.
        account.MapGet("/", async (ClaimsPrincipal user, HttpContext http, IAntiforgery antiforgery, IGrainFactory grains) =>
        {
            var current = user.Identity?.AuthenticationType == AuthenticationSetup.CookieScheme
                ? await grains.GetGrain<IAccountGrain>(user.Identity.Name!).Get()
                : new Account(user.Identity?.Name ?? "organizer", "API key", user.IsAdministrator(), [], false);
            var tokens = antiforgery.GetAndStoreTokens(http);
            return TypedResults.Ok(new AccountResponse(current!, tokens.RequestToken!));
        }).RequireAuthorization(Policies.AccountHolder);

        var accounts = app.MapGroup("/api/accounts").WithTags("Accounts").RequireAuthorization(Policies.Administrator);

        accounts.MapGet("/", async (IGrainFactory grains) => TypedResults.Ok(await grains.GetGrain<IAccountDirectoryGrain>(0).List()));

        accounts.MapPut("/{userName}", async (string userName, AccountSetup setup, IGrainFactory grains, StaffConnections connections) =>
        {
            var saved = await grains.GetGrain<IAccountGrain>(Keys.Account(userName)).Save(setup);
            // Disabled or given a new password: its open live connections close now, not at the next timed re-check.
            await connections.RecheckAsync();
            return TypedResults.Ok(saved);
        });

        return app;
    }

    /// <summary>
    /// One answer for every refusal (unknown user, wrong password, disabled account, an address held back), so the
    /// answer never tells whether a user name exists or what state its account is in.
    /// </summary>
    private static ProblemHttpResult SignInRefused() => TypedResults.Problem(
        statusCode: StatusCodes.Status401Unauthorized,
        title: "Sign-in refused",
        detail: "The user name or password is wrong, or too many attempts failed: try again later.",
        type: $"urn:competitions:problem:{SignInRefusedCode}",
        extensions: new Dictionary<string, object?> { ["code"] = SignInRefusedCode });

    private const string SignInRefusedCode = "sign-in-refused";
}
