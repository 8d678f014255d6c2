using System.Text.Json;
using System.Text.Json.Serialization;

namespace Competitions.Web.Json;

/// <summary>
/// How the API and the hub read JSON: strictly. Enums by name only (a number such as <c>{"mode":99}</c> is not a
/// mode), numbers only as numbers, strings bounded and free of control characters, and no missing required field.
/// </summary>
public static class StrictJson
{
    public static void Configure(JsonSerializerOptions options)
    {
        options.Converters.Add(new JsonStringEnumConverter(namingPolicy: null, allowIntegerValues: false));
        options.Converters.Add(new StrictDecimalConverter());
        options.Converters.Add(new BoundedStringConverter());
        options.NumberHandling = JsonNumberHandling.Strict;
        // A missing or null required field is a 400, never a null deep inside a grain.
        options.RespectNullableAnnotations = true;
        options.RespectRequiredConstructorParameters = true;
    }
}
