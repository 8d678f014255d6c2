using System.Text.Json;
using System.Text.Json.Serialization;
using Competitions.Domain.Text;

namespace Competitions.Web.Json;

/// <summary>
/// Every string of every request, whatever its field: no control character but a line feed, and no more than
/// <see cref="FreeText.AnyMax"/> characters. One check at the edge closes the whole class of poison text (a NUL the
/// database refuses after the command was accepted, U+001F inside hashed fields, megabyte names pushed to every
/// viewer); each field's own, tighter rule is then applied by the domain.
/// </summary>
public sealed class BoundedStringConverter : JsonConverter<string>
{
    public override bool HandleNull => false;

    public override string Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException("Expected a string.");
        }

        // Checked on the encoded length first, so an enormous value is refused before it is decoded.
        var encodedLength = reader.HasValueSequence ? reader.ValueSequence.Length : reader.ValueSpan.Length;
        if (encodedLength > FreeText.AnyMax * 6L)
        {
            throw new JsonException($"A text field holds at most {FreeText.AnyMax} characters.");
        }

        var value = reader.GetString()!;
        if (value.Length > FreeText.AnyMax)
        {
            throw new JsonException($"A text field holds at most {FreeText.AnyMax} characters.");
        }

        return FreeText.ControlCharacter(value, multiline: true) is { } control
            ? throw new JsonException($"Text may not contain the control character U+{(int)control:X4}.")
            : value;
    }

    public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options) => writer.WriteStringValue(value);
}
