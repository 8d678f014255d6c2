using Competitions.Web.Exports;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Competitions.Web.OpenApi;

/// <summary>
/// GET routes ending in a file extension (exports, the results notice) answer that file: its real content type, as a
/// binary string, instead of the empty 200 a file result leaves.
/// </summary>
public sealed class FileDownloadTransformer : IOpenApiOperationTransformer
{
    public static readonly IReadOnlyDictionary<string, string> ContentTypes = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        // The charset parameter the answer carries is left out: clients match on the media type.
        [".csv"] = "text/csv",
        [".xlsx"] = SpreadsheetFiles.XlsxContentType,
        [".pdf"] = "application/pdf",
    };

    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var path = (context.Description.RelativePath ?? "").Split('?')[0];
        // Only reads: POST scheme.xlsx takes a workbook and answers JSON.
        if (!string.Equals(context.Description.HttpMethod, "GET", StringComparison.OrdinalIgnoreCase) || !ContentTypes.TryGetValue(Path.GetExtension(path), out var contentType))
        {
            return Task.CompletedTask;
        }

        operation.Responses ??= [];
        operation.Responses["200"] = new OpenApiResponse
        {
            Description = "The file, as an attachment",
            Content = new Dictionary<string, OpenApiMediaType>
            {
                [contentType] = new() { Schema = new OpenApiSchema { Type = JsonSchemaType.String, Format = "binary" } },
            },
        };
        return Task.CompletedTask;
    }
}
