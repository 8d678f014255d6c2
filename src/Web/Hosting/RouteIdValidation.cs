using Competitions.Contracts;
using Competitions.Contracts.Errors;

namespace Competitions.Web.Hosting;

/// <summary>
/// Ids in a URL become grain keys and database keys. One that no id can be (a NUL, a 5 MB segment) must be refused as
/// a 400 before any grain is woken for it, not fail in storage and be answered as a 503 the client would retry forever.
/// </summary>
public static class RouteIdValidation
{
    private static readonly string[] IdRouteValues = ["contestId", "eventCode", "competitorId", "judgeId"];

    public static IApplicationBuilder UseRouteIdValidation(this IApplicationBuilder app) => app.Use((context, next) =>
    {
        foreach (var name in IdRouteValues)
        {
            if (context.Request.RouteValues.TryGetValue(name, out var value) && !Keys.IsValidId(value as string))
            {
                throw CompetitionRuleException.Invalid("invalid-id", $"The {name} in the address must be 1–64 letters, digits, '-' or '_'.");
            }
        }

        return next(context);
    });
}
