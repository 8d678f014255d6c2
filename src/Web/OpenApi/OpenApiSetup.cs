namespace Competitions.Web.OpenApi;

/// <summary>
/// The served document (<c>/openapi/v1.json</c>) completed by transformers rather than by annotating every endpoint,
/// so a new endpoint is described the same way as the others; the front end's types are generated from it.
/// </summary>
public static class OpenApiSetup
{
    public static IServiceCollection AddCompetitionsOpenApi(this IServiceCollection services) => services.AddOpenApi(options =>
    {
        options.AddDocumentTransformer<SharedComponentsTransformer>();
        options.AddSchemaTransformer<SerializedShapeSchemaTransformer>();
        options.AddOperationTransformer<OperationSummaryTransformer>();
        options.AddOperationTransformer<OperationSecurityTransformer>();
        options.AddOperationTransformer<ProblemResponsesTransformer>();
        options.AddOperationTransformer<FileDownloadTransformer>();
    });
}
