using Competitions.Web.Problems;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.OpenApi;

namespace Competitions.Web.OpenApi;

/// <summary>
/// The refusals every operation can answer, as <c>application/problem+json</c> with their codes: 400 for bad input
/// (any route id or body), 401/403 behind authorization, 404 for a route naming something, 409 for a command, 429 on
/// rate-limited routes, 503 when the cluster does not answer (the command may be resent with the same id).
/// </summary>
public sealed class ProblemResponsesTransformer : IOpenApiOperationTransformer
{
    public const string ContentType = "application/problem+json";

    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var description = context.Description;
        var metadata = description.ActionDescriptor.EndpointMetadata;
        var command = !string.Equals(description.HttpMethod, "GET", StringComparison.OrdinalIgnoreCase);
        operation.Responses ??= [];

        Add(operation, context, StatusCodes.Status400BadRequest, "Invalid request: a malformed id or body, or a value the rules refuse", SharedComponentsTransformer.ValidationProblemSchema, "request-invalid", "request-too-large", "anti-forgery (cookie requests)", "or a rule's code");
        if (!OperationSecurityTransformer.IsAnonymous(metadata))
        {
            Add(operation, context, StatusCodes.Status401Unauthorized, "Not signed in, or the token or cookie is no longer valid", SharedComponentsTransformer.ProblemSchema, "unauthenticated");
            Add(operation, context, StatusCodes.Status403Forbidden, "Signed in, but not allowed this (another contest, an unassigned event, a recused competitor)", SharedComponentsTransformer.ProblemSchema, "forbidden", "or a rule's code");
        }

        if (description.ParameterDescriptions.Any(p => p.Source == Microsoft.AspNetCore.Mvc.ModelBinding.BindingSource.Path))
        {
            Add(operation, context, StatusCodes.Status404NotFound, "Nothing with the route's id", SharedComponentsTransformer.ProblemSchema, "not-found", "or a rule's code such as unknown-event");
        }

        if (command)
        {
            Add(operation, context, StatusCodes.Status409Conflict, "Refused in the current state (e.g. a locked event, a stale revision)", SharedComponentsTransformer.ProblemSchema, "a rule's code");
        }

        if (metadata.OfType<EnableRateLimitingAttribute>().Any())
        {
            Add(operation, context, StatusCodes.Status429TooManyRequests, "Too many requests from this address", SharedComponentsTransformer.ProblemSchema, "too-many-requests");
        }

        Add(operation, context, StatusCodes.Status503ServiceUnavailable, "The cluster did not answer; nothing was acknowledged, so retry with the same id after Retry-After", SharedComponentsTransformer.ProblemSchema, "unavailable");
        return Task.CompletedTask;
    }

    private static void Add(OpenApiOperation operation, OpenApiOperationTransformerContext context, int status, string summary, string schema, params string[] codes)
    {
        operation.Responses![status.ToString(System.Globalization.CultureInfo.InvariantCulture)] = new OpenApiResponse
        {
            Description = $"{summary}. Codes: {string.Join(", ", codes)}.",
            Content = new Dictionary<string, OpenApiMediaType>
            {
                [ContentType] = new() { Schema = new OpenApiSchemaReference(schema, context.Document) },
            },
        };
    }
}
