using Competitions.Contracts.Sessions;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Competitions.Web.Api;

public static class SessionEndpoints
{
    public static IEndpointRouteBuilder MapSessionEndpoints(this IEndpointRouteBuilder app)
    {
        var sessions = app.MapGroup("/api/sessions").WithTags("Sessions");

        // The tablet exchanges a one-time code for a bearer token; the token is returned once and stored only hashed.
        sessions.MapPost("/", async Task<Results<Ok<SessionResponse>, ProblemHttpResult>> (SignInRequest request, IGrainFactory grains) =>
        {
            var token = SecretHash.NewSecret();
            var session = string.IsNullOrWhiteSpace(request.Code)
                ? null
                : await grains.GetGrain<ISignInCodeGrain>(SecretHash.Of(request.Code.Trim())).Redeem(SecretHash.Of(token));
            return session is null
                ? TypedResults.Problem(
                    statusCode: StatusCodes.Status401Unauthorized,
                    title: "Sign-in refused",
                    detail: "The code is unknown, already used or expired. Ask the organizers for a new one.",
                    type: "urn:competitions:problem:sign-in-refused",
                    extensions: new Dictionary<string, object?> { ["code"] = "sign-in-refused" })
                : TypedResults.Ok(new SessionResponse(token, session.ContestId, session.JudgeId, session.ExpiresAt));
        }).AllowAnonymous();

        return app;
    }
}
