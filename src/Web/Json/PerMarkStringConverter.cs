using System.Text.Json;
using System.Text.Json.Serialization;

namespace Competitions.Web.Json;

/// <summary>
/// Reads a string without <see cref="BoundedStringConverter"/>'s checks, for fields that are checked one item at a
/// time further in (an outbox batch's marks). The request body's own limit still bounds it.
/// </summary>
public sealed class PerMarkStringConverter : JsonConverter<string>
{
    public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.String ? reader.GetString() : throw new JsonException("Expected a string.");

    public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options) => writer.WriteStringValue(value);
}
