using System.Security.Claims;
using Competitions.Contracts;
using Competitions.Contracts.Events;
using Competitions.Web.Exports;
using Competitions.Web.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Competitions.Web.Api;

/// <summary>
/// Sessions that run the day (场次): organizers seat the drawn roster in sessions and stations and print the day's
/// schedule; the public reads who competes now and next, with codes instead of names where the event asks for it
/// (<see cref="Domain.Sessions.ScheduleVisibility"/>), anonymous and rate-limited like the public board.
/// </summary>
public static class ScheduleEndpoints
{
    public static IEndpointRouteBuilder MapScheduleEndpoints(this IEndpointRouteBuilder app)
    {
        var events = app.MapGroup("/api/contests/{contestId}/events/{eventCode}").WithTags("Sessions").RequireAuthorization(Policies.Organizer);
        events.MapPost("/sessions/plan", AssignSessionsAsync).ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        events.MapGet("/schedule", ScheduleAsync).ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
        events.MapGet("/schedule.pdf", SchedulePdfAsync).ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);

        app.MapGroup("/api/public/contests/{contestId}").WithTags("Public").AllowAnonymous()
            .MapGet("/events/{eventCode}/schedule", PublicScheduleAsync)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .CacheOutput(PublicEndpoints.CachePolicy)
            .RequireRateLimiting(PublicRateLimits.ReadsPolicy);
        return app;
    }

    /// <summary>Seats the roster in drawn order; a plan that does not fit is refused and changes nothing.</summary>
    private static async Task<Ok<EventSchedule>> AssignSessionsAsync(string contestId, string eventCode, SessionPlanRequest request, ClaimsPrincipal user, IGrainFactory grains) =>
        TypedResults.Ok(await EventEndpoints.Event(grains, contestId, eventCode).AssignSessions(user.ToCaller(contestId), request));

    private static async Task<Ok<EventSchedule>> ScheduleAsync(string contestId, string eventCode, ClaimsPrincipal user, IGrainFactory grains) =>
        TypedResults.Ok(await EventEndpoints.Event(grains, contestId, eventCode).GetSchedule(user.ToCaller(contestId)));

    /// <summary>The day's schedule to post per venue, with names and stations.</summary>
    private static async Task<IResult> SchedulePdfAsync(string contestId, string eventCode, ClaimsPrincipal user, IGrainFactory grains, IConfiguration configuration)
    {
        var contest = await EventExport.RequireEventAsync(grains, contestId, eventCode);
        var schedule = await EventEndpoints.Event(grains, contestId, eventCode).GetSchedule(user.ToCaller(contestId));
        return ExportEndpoints.PdfFile(configuration, () => SchedulePdf.Write(contest.Definition, schedule), $"{contestId}-{eventCode}-schedule.pdf");
    }

    private static async Task<Ok<EventSchedule>> PublicScheduleAsync(string contestId, string eventCode, IGrainFactory grains) =>
        TypedResults.Ok(await grains.GetGrain<IEventGrain>(Keys.Event(contestId, eventCode)).GetPublicSchedule());
}
