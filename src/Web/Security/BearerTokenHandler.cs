using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using Competitions.Contracts.Sessions;
using Competitions.Web.Hosting;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace Competitions.Web.Security;

/// <summary>
/// <c>Authorization: Bearer …</c> carries either an organizer API key or a judge's session token. A session token is
/// looked up by its hash in its session grain, so revocation takes effect on the next request on every web node.
/// </summary>
public sealed class BearerTokenHandler(
    IOptionsMonitor<BearerTokenOptions> options, ILoggerFactory logger, UrlEncoder encoder, IGrainFactory grains)
    : AuthenticationHandler<BearerTokenOptions>(options, logger, encoder)
{
    public const string SchemeName = "Bearer";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var header = Request.Headers.Authorization.ToString();
        // Browsers cannot set headers on WebSockets, so the SignalR client sends the token in the query string.
        var token = header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
            ? header["Bearer ".Length..].Trim()
            : Request.Path.StartsWithSegments("/hubs") ? Request.Query["access_token"].ToString() : string.Empty;
        if (token.Length == 0)
        {
            return AuthenticateResult.NoResult();
        }

        if (Options.OrganizerKeys.Any(key => FixedTimeEquals(key, token)))
        {
            // An API key is an administrator: scripts and integrations set up whole contests.
            return Success(
                new Claim(CompetitionClaims.Role, CompetitionClaims.OrganizerRole),
                new Claim(CompetitionClaims.Administrator, "true"),
                new Claim(ClaimTypes.Name, "organizer"));
        }

        var sessionKey = SecretHash.Of(token);
        // Within the request's cluster budget: a session held by a silo that just died must not hang the tablet.
        var session = await ClusterCallBudget.RunAsync(Context, () => grains.GetGrain<IJudgeSessionGrain>(sessionKey).Validate());
        return session is null
            ? AuthenticateResult.Fail("The session is unknown, expired or revoked.")
            : Success(
                new Claim(CompetitionClaims.Role, CompetitionClaims.JudgeRole),
                new Claim(CompetitionClaims.JudgeId, session.JudgeId),
                new Claim(CompetitionClaims.ContestId, session.ContestId),
                new Claim(ClaimTypes.Name, session.JudgeId),
                new Claim(CompetitionClaims.Session, sessionKey));
    }

    private AuthenticateResult Success(params Claim[] claims) =>
        AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(new ClaimsIdentity(claims, SchemeName)), SchemeName));

    private static bool FixedTimeEquals(string expected, string actual) =>
        CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(expected), Encoding.UTF8.GetBytes(actual));
}
