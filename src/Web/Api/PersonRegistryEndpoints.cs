using System.Security.Claims;
using Competitions.Contracts;
using Competitions.Contracts.Errors;
using Competitions.Contracts.Registry;
using Competitions.Domain.Registry;
using Competitions.Web.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Competitions.Web.Api;

/// <summary>
/// The person registry (one person across rounds, contests and years): organizers read a person's history by ID number
/// or by one of his entries. Only the entries of contests the caller organizes are shown; the ID number only masked.
/// </summary>
public static class PersonRegistryEndpoints
{
    public static IEndpointRouteBuilder MapPersonRegistryEndpoints(this IEndpointRouteBuilder app)
    {
        var contests = app.MapGroup("/api/contests/{contestId}").WithTags("Person registry").RequireAuthorization(Policies.Organizer);
        contests.MapPost("/persons/lookup", LookUpAsync).ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
        contests.MapGet("/events/{eventCode}/competitors/{competitorId}/history", HistoryOfCompetitorAsync)
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
        return app;
    }

    private static async Task<Ok<PersonHistory>> LookUpAsync(
        string contestId, PersonLookupRequest request, ClaimsPrincipal user, IGrainFactory grains) =>
        Shown(await Registry(grains).FindByIdNumber(user.ToCaller(contestId), request.IdNumber), user);

    private static async Task<Ok<PersonHistory>> HistoryOfCompetitorAsync(
        string contestId, string eventCode, string competitorId, ClaimsPrincipal user, IGrainFactory grains) =>
        Shown(await Registry(grains).FindByCompetitor(user.ToCaller(contestId), Keys.Event(contestId, eventCode), competitorId), user);

    /// <summary>
    /// The entries of the contests the caller organizes (an administrator's: all); a person with none of them is as
    /// unknown to him as one never registered.
    /// </summary>
    private static Ok<PersonHistory> Shown(PersonHistory history, ClaimsPrincipal user)
    {
        var entries = history.Entries.Where(e => user.OrganizesContest(e.ContestId)).ToList();
        CompetitionRuleException.ThrowIf(entries.Count == 0 ? RegistryRules.Unknown : null);
        return TypedResults.Ok(history with { Entries = entries });
    }

    private static IPersonRegistryGrain Registry(IGrainFactory grains) => grains.GetGrain<IPersonRegistryGrain>(0);
}
