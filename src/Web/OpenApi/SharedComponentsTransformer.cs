using Competitions.Web.Security;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Competitions.Web.OpenApi;

/// <summary>The security schemes and problem schemas that operations refer to.</summary>
public sealed class SharedComponentsTransformer : IOpenApiDocumentTransformer
{
    public const string BearerScheme = "bearer";

    public const string CookieScheme = "cookie";

    public const string ProblemSchema = "Problem";

    public const string ValidationProblemSchema = "ValidationProblem";

    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        // The server's address differs per host and proxy; clients call the API relative to where they were served.
        document.Servers = [];
        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
        document.Components.SecuritySchemes[BearerScheme] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.Http,
            Scheme = "bearer",
            Description = "A judge's token from POST /api/sessions, or an organizer key (Auth:OrganizerKeys).",
        };
        document.Components.SecuritySchemes[CookieScheme] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.ApiKey,
            In = ParameterLocation.Cookie,
            Name = "competitions.organizer",
            Description = $"The console's sign-in cookie (POST /api/account/sign-in). Requests other than GET/HEAD/OPTIONS also send the anti-forgery token from GET /api/account in the {AuthenticationSetup.AntiforgeryHeader} header.",
        };

        document.Components.Schemas ??= new Dictionary<string, IOpenApiSchema>();
        document.Components.Schemas[ProblemSchema] = Problem(withErrors: false);
        document.Components.Schemas[ValidationProblemSchema] = Problem(withErrors: true);
        return Task.CompletedTask;
    }

    /// <summary>RFC 7807 as the API writes it: always a <c>code</c> to translate by, figures of a refusal as extra numbers.</summary>
    private static OpenApiSchema Problem(bool withErrors)
    {
        var properties = new Dictionary<string, IOpenApiSchema>
        {
            ["type"] = new OpenApiSchema { Type = JsonSchemaType.String | JsonSchemaType.Null },
            ["title"] = new OpenApiSchema { Type = JsonSchemaType.String | JsonSchemaType.Null },
            ["status"] = new OpenApiSchema { Type = JsonSchemaType.Integer | JsonSchemaType.Null, Format = "int32" },
            ["detail"] = new OpenApiSchema { Type = JsonSchemaType.String | JsonSchemaType.Null },
            ["instance"] = new OpenApiSchema { Type = JsonSchemaType.String | JsonSchemaType.Null },
            ["code"] = new OpenApiSchema { Type = JsonSchemaType.String, Description = "Stable problem code (docs/api.md, Problem codes)." },
        };
        if (withErrors)
        {
            properties["errors"] = new OpenApiSchema
            {
                Type = JsonSchemaType.Object,
                AdditionalProperties = new OpenApiSchema { Type = JsonSchemaType.Array, Items = new OpenApiSchema { Type = JsonSchemaType.String } },
            };
        }

        return new OpenApiSchema
        {
            Type = JsonSchemaType.Object,
            Required = new HashSet<string> { "code" },
            Properties = properties,
            // A refusal's figures (e.g. a mark's allowed range) come as further numeric members.
            AdditionalProperties = new OpenApiSchema(),
        };
    }
}
