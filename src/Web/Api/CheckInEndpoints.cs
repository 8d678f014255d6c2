using System.Security.Claims;
using Competitions.Contracts;
using Competitions.Contracts.CheckIn;
using Competitions.Contracts.Scoresheets;
using Competitions.Web.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Competitions.Web.Api;

/// <summary>
/// The check-in desk (检录): organizers and the event's chief judge mark competitors present or absent. Staff sign in
/// as usual; which staff member may act is decided by the grains (<see cref="Domain.CheckIn.CheckInRules"/>), and every
/// refusal is a problem with a code.
/// </summary>
public static class CheckInEndpoints
{
    public static IEndpointRouteBuilder MapCheckInEndpoints(this IEndpointRouteBuilder app)
    {
        var events = app.MapGroup("/api/contests/{contestId}/events/{eventCode}").WithTags("Check-in").RequireAuthorization(Policies.Staff);
        events.MapGet("/check-in", ListAsync).ProducesProblem(StatusCodes.Status403Forbidden);
        events.MapPost("/check-in", CheckInAsync).ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        events.MapPost("/check-in/mark-waiting-absent", MarkWaitingAbsentAsync).ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status409Conflict);
        events.MapPost("/competitors/{competitorId}/attendance", RecordAttendanceAsync).ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        return app;
    }

    private static async Task<Ok<CheckInList>> ListAsync(string contestId, string eventCode, ClaimsPrincipal user, IGrainFactory grains) =>
        TypedResults.Ok(await EventEndpoints.Event(grains, contestId, eventCode).GetCheckIn(user.ToCaller(contestId)));

    /// <summary>What the desk typed or scanned, checked in; a second scan of the same competitor answers with his check-in.</summary>
    private static async Task<Ok<CheckInOutcome>> CheckInAsync(string contestId, string eventCode, CheckInCommand command, ClaimsPrincipal user, IGrainFactory grains) =>
        TypedResults.Ok(await EventEndpoints.Event(grains, contestId, eventCode).CheckIn(user.ToCaller(contestId), command));

    private static async Task<Ok<AbsenceSweep>> MarkWaitingAbsentAsync(string contestId, string eventCode, AbsenceSweepRequest request, ClaimsPrincipal user, IGrainFactory grains) =>
        TypedResults.Ok(await EventEndpoints.Event(grains, contestId, eventCode).MarkWaitingAbsent(user.ToCaller(contestId), request.EntryId));

    /// <summary>One competitor, by id (the desk's list): check in, mark absent, or undo (an absence only with a reason).</summary>
    private static async Task<Ok<LedgerReceipt>> RecordAttendanceAsync(
        string contestId, string eventCode, string competitorId, AttendanceCommand command, ClaimsPrincipal user, IGrainFactory grains) =>
        TypedResults.Ok(await grains.GetGrain<IScoresheetGrain>(Keys.Scoresheet(Keys.Event(contestId, eventCode), competitorId)).RecordAttendance(user.ToCaller(contestId), command));
}
