using Microsoft.AspNetCore.Http;

namespace Competitions.Web.Problems;

/// <summary>
/// Every problem the API answers carries a <c>code</c>, even those the framework writes itself (a body over its size
/// limit refused by the server before any endpoint runs, a 404 for an unknown route), so clients translate by code.
/// </summary>
public static class ProblemCodes
{
    public static void AddMissingCode(ProblemDetailsContext context)
    {
        if (context.ProblemDetails.Extensions.ContainsKey("code"))
        {
            return;
        }

        context.ProblemDetails.Extensions["code"] = context.ProblemDetails.Status switch
        {
            StatusCodes.Status413PayloadTooLarge => "request-too-large",
            StatusCodes.Status400BadRequest => "request-invalid",
            StatusCodes.Status401Unauthorized => "unauthenticated",
            StatusCodes.Status403Forbidden => "forbidden",
            StatusCodes.Status404NotFound => "not-found",
            StatusCodes.Status405MethodNotAllowed => "method-not-allowed",
            StatusCodes.Status415UnsupportedMediaType => "unsupported-media-type",
            StatusCodes.Status429TooManyRequests => "too-many-requests",
            StatusCodes.Status503ServiceUnavailable => "unavailable",
            _ => "error",
        };
    }
}
