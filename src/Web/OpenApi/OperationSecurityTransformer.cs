using Competitions.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Competitions.Web.OpenApi;

/// <summary>
/// Who may call an operation, from its authorization metadata: anonymous public routes need nothing; judges' routes
/// the bearer token; every other one (closed by the fallback policy if it names none) an organizer key or the
/// console's cookie.
/// </summary>
public sealed class OperationSecurityTransformer : IOpenApiOperationTransformer
{
    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var metadata = context.Description.ActionDescriptor.EndpointMetadata;
        if (IsAnonymous(metadata))
        {
            return Task.CompletedTask;
        }

        var policies = metadata.OfType<IAuthorizeData>().Select(a => a.Policy).ToList();
        var bearer = Requirement(SharedComponentsTransformer.BearerScheme, context.Document);
        operation.Security = policies.Count > 0 && policies.All(p => p == Policies.Judge)
            ? [bearer]
            : [bearer, Requirement(SharedComponentsTransformer.CookieScheme, context.Document)];
        return Task.CompletedTask;
    }

    /// <summary>As in the authorization middleware: AllowAnonymous anywhere (endpoint or group) skips authorization.</summary>
    public static bool IsAnonymous(IList<object> metadata) => metadata.OfType<IAllowAnonymous>().Any();

    private static OpenApiSecurityRequirement Requirement(string scheme, OpenApiDocument? document) =>
        new() { [new OpenApiSecuritySchemeReference(scheme, document)] = [] };
}
