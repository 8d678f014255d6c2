using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Competitions.Web.OpenApi;

/// <summary>
/// The schemas as the answers are really written. Strings and decimals are read by converters of our own (StrictJson), and the schema generator describes a custom
/// converter as "anything"; they are still JSON strings and numbers, which the generated TypeScript types must say.
/// </summary>
public sealed class SerializedShapeSchemaTransformer : IOpenApiSchemaTransformer
{
    public Task TransformAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        MarkWrittenPropertiesRequired(schema, context.JsonTypeInfo);
        var type = context.JsonTypeInfo.Type;
        if (context.JsonTypeInfo.Kind == System.Text.Json.Serialization.Metadata.JsonTypeInfoKind.Enumerable && schema.Items is null
            && Scalar(context.JsonTypeInfo.ElementType) is { } element)
        {
            schema.Items = new OpenApiSchema { Type = element };
        }

        var kind = Scalar(type);
        if (kind is null || schema.Type is not null)
        {
            return Task.CompletedTask;
        }

        var nullable = type == typeof(decimal?) || context.JsonPropertyInfo is { IsGetNullable: true };
        schema.Type = nullable ? kind | JsonSchemaType.Null : kind;
        return Task.CompletedTask;
    }

    private static JsonSchemaType? Scalar(Type? type) =>
        type == typeof(string) ? JsonSchemaType.String
        : type == typeof(decimal) || type == typeof(decimal?) ? JsonSchemaType.Number
        : null;

    /// <summary>
    /// An answer always carries every property except those left out when null or default (e.g. a leaderboard row's
    /// <c>absent</c>), even one with a default value in C#: so those are optional in the generated types, all others
    /// required.
    /// </summary>
    private static void MarkWrittenPropertiesRequired(OpenApiSchema schema, System.Text.Json.Serialization.Metadata.JsonTypeInfo typeInfo)
    {
        if (typeInfo.Kind != System.Text.Json.Serialization.Metadata.JsonTypeInfoKind.Object || schema.Properties is null)
        {
            return;
        }

        schema.Required ??= new HashSet<string>();
        foreach (var property in typeInfo.Properties.Where(p => p.Get is not null && schema.Properties.ContainsKey(p.Name)))
        {
            if (property.ShouldSerialize is null)
            {
                schema.Required.Add(property.Name);
            }
            else
            {
                schema.Required.Remove(property.Name);
                if (schema.Properties[property.Name] is OpenApiSchema inline)
                {
                    inline.Default = null;
                }
            }
        }
    }
}
