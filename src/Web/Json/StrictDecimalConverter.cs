using System.Buffers;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Competitions.Web.Json;

/// <summary>
/// Reads decimals only from JSON numbers that a decimal holds exactly enough: <c>"3"</c> (a string), <c>1e-400</c>
/// (which would silently become 0) and numbers with more significant digits than a decimal keeps are refused, so the
/// value a grain checks and the ledger stores is the value the client sent.
/// </summary>
public sealed class StrictDecimalConverter : JsonConverter<decimal>
{
    private const int DecimalDigits = 28;

    public override decimal Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.Number)
        {
            throw new JsonException("Expected a number (not a string or other value).");
        }

        if (!reader.TryGetDecimal(out var value))
        {
            throw new JsonException("The number is too large.");
        }

        var significant = SignificantDigits(reader.HasValueSequence ? reader.ValueSequence.ToArray() : reader.ValueSpan);
        if (value == 0m && significant > 0)
        {
            throw new JsonException("The number is too small to hold exactly; it would be stored as 0.");
        }

        return significant > DecimalDigits
            ? throw new JsonException($"The number has more than {DecimalDigits} significant digits.")
            : value;
    }

    public override void Write(Utf8JsonWriter writer, decimal value, JsonSerializerOptions options) => writer.WriteNumberValue(value);

    /// <summary>Digits of the mantissa from the first non-zero one to the last non-zero one.</summary>
    private static int SignificantDigits(ReadOnlySpan<byte> number)
    {
        var exponent = number.IndexOfAny((byte)'e', (byte)'E');
        var mantissa = exponent < 0 ? number : number[..exponent];
        int first = -1, last = -1, position = 0;
        foreach (var b in mantissa)
        {
            if (b is >= (byte)'0' and <= (byte)'9')
            {
                if (b != (byte)'0')
                {
                    first = first < 0 ? position : first;
                    last = position;
                }

                position++;
            }
        }

        return first < 0 ? 0 : last - first + 1;
    }
}
