using System.Security.Claims;
using Competitions.Contracts.Events;
using Competitions.Web.Security;

namespace Competitions.Web.Api;

/// <summary>The draw of lots (抽签). Which code belongs to whom is for organizers only, before and after the draw.</summary>
public static class DrawEndpoints
{
    public static IEndpointRouteBuilder MapDrawEndpoints(this IEndpointRouteBuilder app)
    {
        var draw = app.MapGroup("/api/contests/{contestId}/events/{eventCode}/draw").WithTags("Events");

        draw.MapPost("/", async (string contestId, string eventCode, DrawRequest request, ClaimsPrincipal user, IGrainFactory grains) =>
            TypedResults.Ok(await EventEndpoints.Event(grains, contestId, eventCode).DrawLots(user.ToCaller(contestId), request)))
            .RequireAuthorization(Policies.Organizer);

        draw.MapGet("/", async (string contestId, string eventCode, ClaimsPrincipal user, IGrainFactory grains) =>
            TypedResults.Ok(await EventEndpoints.Event(grains, contestId, eventCode).GetDraw(user.ToCaller(contestId))))
            .RequireAuthorization(Policies.Organizer);

        return app;
    }
}
