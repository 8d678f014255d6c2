using Competitions.Contracts.Errors;
using Competitions.Web.Hosting;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace Competitions.Web.Problems;

/// <summary>Turns a refused command into an RFC 7807 problem; anything unexpected becomes a 503 the client may retry.</summary>
public sealed class CompetitionProblemHandler(IProblemDetailsService problems, ILogger<CompetitionProblemHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        ProblemDetails problem;
        if (exception is CompetitionRuleException rule)
        {
            problem = Describe(rule);
        }
        else if (exception is BadHttpRequestException bad)
        {
            // The inner exception says what was wrong with the body (e.g. a refused value and its JSON path).
            var code = bad.StatusCode == StatusCodes.Status413PayloadTooLarge ? "request-too-large" : "request-invalid";
            var detail = bad.InnerException is System.Text.Json.JsonException json ? $"{bad.Message} {json.Message}" : bad.Message;
            problem = new ProblemDetails { Status = bad.StatusCode, Title = "Invalid request", Detail = detail, Type = $"urn:competitions:problem:{code}" };
            problem.Extensions["code"] = code;
        }
        else
        {
            // Storage or cluster trouble: nothing was acknowledged, so resending the same command is safe.
            if (ClusterCallBudget.IsTransient(exception))
            {
                logger.LogWarning("Request {Path} found the cluster unavailable: {Reason}", httpContext.Request.Path, exception.Message);
            }
            else
            {
                logger.LogError(exception, "Request {Path} failed", httpContext.Request.Path);
            }
            problem = new ProblemDetails
            {
                Status = StatusCodes.Status503ServiceUnavailable,
                Title = "Temporarily unavailable",
                Detail = "The command was not acknowledged. Retry it with the same id.",
            };
            problem.Extensions["code"] = "unavailable";
            httpContext.Response.Headers.RetryAfter = ClusterCallBudget.RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        httpContext.Response.StatusCode = problem.Status!.Value;
        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = httpContext, ProblemDetails = problem, Exception = exception });
    }

    /// <summary>A refusal as the problem the API answers with: its status by kind, its code, and its figures.</summary>
    public static ProblemDetails Describe(CompetitionRuleException rule)
    {
        var problem = new ProblemDetails { Status = StatusOf(rule.Kind), Title = TitleOf(rule.Kind), Detail = rule.Message, Type = $"urn:competitions:problem:{rule.Code}" };
        problem.Extensions["code"] = rule.Code;
        foreach (var (name, figure) in rule.Figures ?? new Dictionary<string, int>())
        {
            problem.Extensions[name] = figure;
        }

        return problem;
    }

    public static int StatusOf(ProblemKind kind) => kind switch
    {
        ProblemKind.NotFound => StatusCodes.Status404NotFound,
        ProblemKind.Forbidden => StatusCodes.Status403Forbidden,
        ProblemKind.Conflict => StatusCodes.Status409Conflict,
        _ => StatusCodes.Status400BadRequest,
    };

    private static string TitleOf(ProblemKind kind) => kind switch
    {
        ProblemKind.NotFound => "Not found",
        ProblemKind.Forbidden => "Forbidden",
        ProblemKind.Conflict => "Conflict",
        _ => "Invalid request",
    };
}
