using System.Security.Claims;
using Competitions.Contracts;
using Competitions.Contracts.Events;
using Competitions.Contracts.Leaderboards;
using Competitions.Contracts.Schemes;
using Competitions.Domain.Visibility;
using Competitions.Web.Security;

namespace Competitions.Web.Api;

public static class EventEndpoints
{
    public static IEndpointRouteBuilder MapEventEndpoints(this IEndpointRouteBuilder app)
    {
        var events = app.MapGroup("/api/contests/{contestId}/events/{eventCode}").WithTags("Events");

        events.MapPut("/", async (string contestId, string eventCode, EventDefinition definition, IGrainFactory grains) =>
        {
            await Event(grains, contestId, eventCode).Define(definition);
            return TypedResults.Ok(await Event(grains, contestId, eventCode).Get());
        }).RequireAuthorization(Policies.Organizer);

        events.MapGet("/", async (string contestId, string eventCode, ClaimsPrincipal user, IGrainFactory grains) =>
        {
            var caller = user.ToCaller(contestId);
            var view = await Event(grains, contestId, eventCode).Get();
            // Recusals pair competitor ids with reasons that may name people: only for those who see ids beside names.
            var shown = VisibilityPolicy.Decide(view.ViewerOf(caller), view.ToPrivacy(), BoardMode.Live);
            return TypedResults.Ok(shown.InternalIds && shown.Names ? view : view with { Recusals = [] });
        }).RequireAuthorization(Policies.Staff);

        events.MapPut("/scheme", async (string contestId, string eventCode, MarkingSchemeDefinition scheme, IGrainFactory grains) =>
        {
            await Event(grains, contestId, eventCode).SetScheme(scheme);
            return TypedResults.Ok(await Event(grains, contestId, eventCode).Get());
        }).RequireAuthorization(Policies.Organizer);

        // During marking a scheme changes only as a new version with a reason (see IEventGrain.ReviseScheme).
        events.MapPost("/scheme/revisions", async (string contestId, string eventCode, SchemeRevisionRequest revision, ClaimsPrincipal user, IGrainFactory grains) =>
            TypedResults.Ok(await Event(grains, contestId, eventCode).ReviseScheme(user.ToCaller(contestId), revision.Scheme, revision.Reason)))
            .RequireAuthorization(Policies.Organizer);

        events.MapPost("/competitors", async (string contestId, string eventCode, List<CompetitorEntry> competitors, IGrainFactory grains) =>
        {
            await Event(grains, contestId, eventCode).RegisterCompetitors(competitors);
            return TypedResults.NoContent();
        }).RequireAuthorization(Policies.Organizer);

        events.MapGet("/competitors", async (string contestId, string eventCode, IGrainFactory grains) =>
            TypedResults.Ok((await Event(grains, contestId, eventCode).GetRoster()).Select(c => c.Masked()).ToList()))
            .RequireAuthorization(Policies.Organizer);

        events.MapPut("/panels", async (string contestId, string eventCode, PanelSetup panels, IGrainFactory grains) =>
        {
            await Event(grains, contestId, eventCode).SetPanels(panels);
            return TypedResults.Ok(await Event(grains, contestId, eventCode).Get());
        }).RequireAuthorization(Policies.Organizer);

        events.MapPost("/recusals", async (string contestId, string eventCode, Recusal recusal, IGrainFactory grains) =>
        {
            await Event(grains, contestId, eventCode).AddRecusal(recusal);
            return TypedResults.NoContent();
        }).RequireAuthorization(Policies.Organizer);

        events.MapPost("/status", async (string contestId, string eventCode, StatusChangeRequest request, ClaimsPrincipal user, IGrainFactory grains) =>
            TypedResults.Ok(await Event(grains, contestId, eventCode).ChangeStatus(user.ToCaller(contestId), request.Status)))
            .RequireAuthorization(Policies.Staff);

        events.MapPost("/public-board", async (string contestId, string eventCode, PublicBoardRequest request, ClaimsPrincipal user, IGrainFactory grains) =>
            TypedResults.Ok(await Event(grains, contestId, eventCode).SetPublicBoard(user.ToCaller(contestId), request.Mode)))
            .RequireAuthorization(Policies.Organizer);

        // Retention: once the results are final an organizer erases the ID numbers (see IEventGrain.ErasePersonalData).
        events.MapPost("/personal-data/erasure", async (string contestId, string eventCode, ClaimsPrincipal user, IGrainFactory grains) =>
            TypedResults.Ok(await Event(grains, contestId, eventCode).ErasePersonalData(user.ToCaller(contestId))))
            .RequireAuthorization(Policies.Organizer);

        events.MapGet("/leaderboard", async (string contestId, string eventCode, ClaimsPrincipal user, IGrainFactory grains) =>
        {
            var audience = await EventAccess.LiveBoardAudienceAsync(user, grains, contestId, eventCode);
            return TypedResults.Ok(await grains.GetGrain<ILeaderboardGrain>(Keys.Event(contestId, eventCode)).GetFor(audience));
        }).RequireAuthorization(Policies.Staff);

        return app;
    }

    internal static IEventGrain Event(IGrainFactory grains, string contestId, string eventCode) =>
        grains.GetGrain<IEventGrain>(Keys.Event(contestId, eventCode));
}
