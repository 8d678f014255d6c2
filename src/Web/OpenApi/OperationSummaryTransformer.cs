using System.Text.RegularExpressions;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Competitions.Web.OpenApi;

/// <summary>
/// Every operation has a summary: the endpoint's own (<c>WithSummary</c>), else its named handler's name in words
/// ("CheckInAsync" → "Check in"), else its verb and the nouns of its route.
/// </summary>
public sealed partial class OperationSummaryTransformer : IOpenApiOperationTransformer
{
    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(operation.Summary))
        {
            var handler = context.Description.ActionDescriptor.EndpointMetadata.OfType<System.Reflection.MethodInfo>().FirstOrDefault();
            operation.Summary = handler is not null && !handler.Name.Contains('<', StringComparison.Ordinal)
                ? FromHandler(handler.Name)
                : FromRoute(context.Description.HttpMethod ?? "GET", context.Description.RelativePath ?? "");
        }

        return Task.CompletedTask;
    }

    public static string FromHandler(string name)
    {
        var words = Words().Matches(name.EndsWith("Async", StringComparison.Ordinal) ? name[..^"Async".Length] : name).Select(m => m.Value.ToLowerInvariant()).ToList();
        var sentence = string.Join(' ', words);
        return char.ToUpperInvariant(sentence[0]) + sentence[1..];
    }

    public static string FromRoute(string method, string route)
    {
        var verb = method.ToUpperInvariant() switch
        {
            "GET" => "Read",
            "POST" => "Send",
            "PUT" => "Replace",
            "DELETE" => "Delete",
            _ => "Change",
        };
        var nouns = route.Split('/', StringSplitOptions.RemoveEmptyEntries).Where(s => s != "api" && !s.StartsWith('{'));
        return $"{verb} {string.Join(' ', nouns)}";
    }

    [GeneratedRegex("[A-Z][a-z0-9]*|[a-z0-9]+")]
    private static partial Regex Words();
}
